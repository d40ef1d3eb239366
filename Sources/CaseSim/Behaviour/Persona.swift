/// How a customer secretly behaves: hidden from the trainee, it decides answers, promises
/// and payments, and shapes the account's past. Defaults per type are documented in
/// `docs/scenario-format.md` ("Personas"); a scenario may override each parameter.
public struct Persona: Sendable, Hashable, Codable {
  /// The behaviour type.
  public var type: PersonaType
  /// Chance a call or email gets an answer.
  public var answerProbability: Double
  /// Chance a promise is kept in full.
  public var promiseKeepProbability: Double
  /// Chance an open invoice is disputed when the customer is contacted.
  public var disputeProbability: Double
  /// Share paid when the customer pays only part.
  public var partialPaymentShare: Double
  /// Broken promises already in the history.
  public var brokenPromises: Int
  /// Days between a successful contact and the payment.
  public var paysAfterContactDays: IntRange

  /// The type's documented defaults.
  public init(type: PersonaType) {
    self.type = type
    let row = type.defaults
    answerProbability = row.answer
    promiseKeepProbability = row.keep
    disputeProbability = row.dispute
    partialPaymentShare = row.partial
    brokenPromises = row.broken
    paysAfterContactDays = row.pays
  }
}

/// The persona types a scenario can name.
public enum PersonaType: String, Sendable, Hashable, Codable, CaseIterable {
  /// Pays on time, answers, keeps promises.
  case reliable
  /// Means well but forgets: overdue, answers, pays after a reminder.
  case forgetful
  /// Wants to pay but cannot: partial payments, promises partly kept.
  case cashFlowTrouble = "cash_flow_trouble"
  /// Contests invoices: open disputes with reason codes.
  case disputer
  /// Promises and does not pay.
  case serialPromiseBreaker = "serial_promise_breaker"
  /// In insolvency proceedings (concurso).
  case insolvent
  /// Pays too much or twice: unapplied cash, credit balance.
  case overpayer
  /// Does not answer.
  case unresponsive
  /// Pays against its own ledger: unapplied payments and credit notes to reconcile.
  case reconciler

  struct Defaults {
    var answer: Double
    var keep: Double
    var dispute: Double
    var partial: Double
    var broken: Int
    var pays: IntRange
    /// Risk classes drawn when the scenario names none.
    var riskClasses: [String]
  }

  var defaults: Defaults {
    switch self {
    case .reliable:
      Defaults(
        answer: 0.95, keep: 0.95, dispute: 0.05, partial: 1, broken: 0, pays: .init(min: 1, max: 5),
        riskClasses: ["A", "B"])
    case .forgetful:
      Defaults(
        answer: 0.85, keep: 0.90, dispute: 0.05, partial: 1, broken: 0, pays: .init(min: 1, max: 7),
        riskClasses: ["A", "B", "C"])
    case .cashFlowTrouble:
      Defaults(
        answer: 0.65, keep: 0.45, dispute: 0.10, partial: 0.4, broken: 1, pays: .init(min: 5, max: 20),
        riskClasses: ["C", "D"])
    case .disputer:
      Defaults(
        answer: 0.80, keep: 0.70, dispute: 0.60, partial: 1, broken: 0, pays: .init(min: 3, max: 10),
        riskClasses: ["B", "C"])
    case .serialPromiseBreaker:
      Defaults(
        answer: 0.70, keep: 0.15, dispute: 0.10, partial: 0.5, broken: 2, pays: .init(min: 10, max: 30),
        riskClasses: ["C", "D"])
    case .insolvent:
      Defaults(
        answer: 0.30, keep: 0, dispute: 0, partial: 0, broken: 1, pays: .init(min: 60, max: 60),
        riskClasses: ["E"])
    case .overpayer:
      Defaults(
        answer: 0.90, keep: 0.95, dispute: 0.05, partial: 1, broken: 0, pays: .init(min: 1, max: 5),
        riskClasses: ["A", "B"])
    case .unresponsive:
      Defaults(
        answer: 0.10, keep: 0.30, dispute: 0.05, partial: 1, broken: 1, pays: .init(min: 15, max: 45),
        riskClasses: ["C", "D", "E"])
    case .reconciler:
      Defaults(
        answer: 0.90, keep: 0.85, dispute: 0.15, partial: 1, broken: 0, pays: .init(min: 3, max: 10),
        riskClasses: ["A", "B", "C"])
    }
  }
}
