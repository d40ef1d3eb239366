import CivilCalendar

/// A practice case as written in `scenarios/*.yaml`: governing SOPs, the customer, the
/// invoice mix, the hidden persona, scripted events and what the trainee is told. The
/// format is documented in `docs/scenario-format.md`.
public struct Scenario: Sendable, Hashable {
  /// Lower-case id, equal to the file name without `.yaml`.
  public var id: String
  /// Title shown in lists.
  public var title: String
  /// Governing SOP ids, e.g. `COL-002`.
  public var sops: [String]
  /// 1 (beginner) to 5 (advanced).
  public var difficulty: Int
  /// Default case start.
  public var asOf: CivilDate
  /// Simulated days the case may run.
  public var caseDays: Int
  /// Minimum process score to pass, 0-100.
  public var passMark: Int
  /// Name of the behaviour profile shaping the payment history.
  public var behaviour: String
  /// Who the customer is.
  public var customer: CustomerSpec
  /// The open invoices to generate.
  public var invoices: InvoiceMix
  /// How many settled invoices the payment history holds.
  public var historyCount: IntRange
  /// The hidden persona, or a weighted mix of them.
  public var personas: Weighted<Persona>
  /// Scripted events, in day order.
  public var events: [ScenarioEvent]
  /// What the trainee should achieve.
  public var objectives: [String]
  /// What the trainee sees at start, in `writtenIn`.
  public var briefing: String
  /// The language of `title`, `objectives` and `briefing`: `en` unless the file says.
  public var writtenIn: String = "en"
  /// The same text in other languages, by language code.
  public var translations: [String: ScenarioText] = [:]
  /// The file the scenario came from, for messages.
  public var path: String
  /// Where each key path (`invoices.groups[1].amount`) sits in the file.
  var locations: [String: ScenarioLocation] = [:]

  /// The customer's language when every account has the same one; nil for a mix.
  public var language: String {
    if let language = customer.language { return language }
    let languages = customer.country.choices.map { Country.defaultLanguage(for: $0.value) }
    guard let first = languages.first else { return "en" }
    return languages.allSatisfy { $0 == first } ? first : "mixed"
  }
}

/// A line and column in a source file.
struct ScenarioLocation: Sendable, Hashable {
  var line: Int
  var column: Int
}

/// An inclusive range of whole numbers; `min == max` for a fixed value.
public struct IntRange: Sendable, Hashable, Codable {
  /// Smallest value.
  public var min: Int
  /// Largest value.
  public var max: Int

  /// Creates a range.
  public init(min: Int, max: Int) {
    self.min = min
    self.max = max
  }
}

/// An inclusive range of amounts in minor units, currency-free until an invoice gives one.
public struct AmountRange: Sendable, Hashable, Codable {
  /// Smallest amount in minor units.
  public var min: Int64
  /// Largest amount in minor units.
  public var max: Int64

  /// Creates a range.
  public init(min: Int64, max: Int64) {
    self.min = min
    self.max = max
  }
}

/// A value picked per account with integer weights, in the file's order.
public struct Weighted<Value: Sendable & Hashable>: Sendable, Hashable {
  /// One option and its weight.
  public struct Choice: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Its positive weight.
    public var weight: Int
  }

  /// The options, in the file's order.
  public var choices: [Choice]

  /// A single value chosen every time.
  public init(_ value: Value) {
    choices = [Choice(value: value, weight: 1)]
  }

  /// Several weighted options.
  public init(choices: [Choice]) {
    self.choices = choices
  }

  /// The same options and weights with each value transformed, so a draw from either
  /// picks the same option.
  func map<Other>(_ transform: (Value) -> Other) -> Weighted<Other> {
    Weighted<Other>(choices: choices.map { .init(value: transform($0.value), weight: $0.weight) })
  }

  /// Draws one option.
  func pick(using generator: inout some RandomNumberGenerator) -> Value {
    if choices.count == 1 { return choices[0].value }
    let total = choices.reduce(0) { $0 + Swift.max($1.weight, 0) }
    guard total > 0 else { return choices[0].value }
    var ticket = generator.int(in: 0...(total - 1))
    for choice in choices {
      if ticket < choice.weight { return choice.value }
      ticket -= choice.weight
    }
    return choices[choices.count - 1].value
  }
}

/// The customer described by a scenario.
public struct CustomerSpec: Sendable, Hashable {
  /// ISO 3166 alpha-2 country code(s).
  public var country: Weighted<String>
  /// `en` or `es`; nil means the country's default.
  public var language: String?
  /// Business segment(s).
  public var segment: Weighted<String>
  /// Company size(s).
  public var size: Weighted<CompanySize>
  /// Credit limit range; nil means the size's default.
  public var creditLimit: AmountRange?
  /// Risk class(es) `A`-`E`; nil means the persona's default.
  public var riskClass: Weighted<String>?
}

/// Company size bands, which set default credit limits.
public enum CompanySize: String, Sendable, Hashable, Codable, CaseIterable {
  /// Fewer than 10 staff.
  case micro
  /// 10-49 staff.
  case small
  /// 50-249 staff.
  case medium
  /// 250 staff or more.
  case large

  /// Default credit limit range in cents.
  var defaultCreditLimit: AmountRange {
    switch self {
    case .micro: AmountRange(min: 500_000, max: 1_500_000)
    case .small: AmountRange(min: 1_500_000, max: 6_000_000)
    case .medium: AmountRange(min: 6_000_000, max: 25_000_000)
    case .large: AmountRange(min: 25_000_000, max: 100_000_000)
    }
  }
}

/// The open invoices a scenario asks for.
public struct InvoiceMix: Sendable, Hashable {
  /// ISO 4217 code.
  public var currency: String
  /// Payment terms in days.
  public var termsDays: IntRange
  /// Tax rate in basis points (2100 = 21%); nil means the country's rate.
  public var taxRateBasisPoints: Int?
  /// The invoice groups.
  public var groups: [InvoiceGroup]
}

/// A group of similar open invoices.
public struct InvoiceGroup: Sendable, Hashable {
  /// How many invoices.
  public var count: IntRange
  /// Net amount of each.
  public var amount: AmountRange
  /// Days past due at `as_of`; negative when not yet due.
  public var daysOverdue: IntRange
}
