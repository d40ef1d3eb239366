import Foundation

/// Why a finance rule could not be applied: a bad rates file, a missing rate, inconsistent
/// amounts or an invalid dunning policy.
public enum FinanceError: Error, Equatable, Sendable {
  /// The rates file is not valid; `line` is 1-based (0 when unknown).
  case ratesFile(source: String, line: Int, message: String)
  /// The rates file has no table for `country`; `known` lists the countries it has.
  case unknownCountry(country: String, known: [String])
  /// The country's table has no rate for a half-year the delay touches.
  case missingRate(country: String, halfYear: HalfYear)
  /// The country's table names the half-year but its figure is not confirmed; `note` says why.
  case unconfirmedRate(country: String, halfYear: HalfYear, note: String)
  /// An amount is in another currency than the country's table or the invoice.
  case currencyMismatch(field: String, expected: String, found: String)
  /// An amount is out of range (e.g. a negative invoice, a disputed part above the invoice).
  case invalidAmount(field: String, reason: String)
  /// A dunning ladder breaks a rule (levels 1...n, delays strictly increasing, gaps >= 0).
  case invalidDunningPolicy(reason: String)
  /// The amount is too large to compute in 64-bit cents.
  case overflow(field: String)
}

extension FinanceError: LocalizedError {
  /// A message that names the file, line or field and says what to do.
  public var errorDescription: String? {
    switch self {
    case .ratesFile(let source, let line, let message):
      return line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)"
    case .unknownCountry(let country, let known):
      let list = known.isEmpty ? "none" : known.joined(separator: ", ")
      return "no late-interest rates for country '\(country)' (the rates file has: \(list)); "
        + "add the country to the rates file or choose another country"
    case .missingRate(let country, let halfYear):
      return "no late-interest rate for \(country) in \(halfYear); add `\(halfYear): {reference: ..., "
        + "rate: ..., source: ...}` to a copy of the rates file and use that copy"
    case .unconfirmedRate(let country, let halfYear, let note):
      return "the late-interest rate for \(country) in \(halfYear) is not confirmed (\(note)); "
        + "not computed rather than guessed: once it is published, add it to a copy of the rates file "
        + "(`\(halfYear): {reference: ..., rate: ..., source: ...}`) and use that copy"
    case .currencyMismatch(let field, let expected, let found):
      return "\(field) is in \(found) but must be in \(expected); convert it first"
    case .invalidAmount(let field, let reason):
      return "\(field): \(reason)"
    case .invalidDunningPolicy(let reason):
      return "invalid dunning policy: \(reason)"
    case .overflow(let field):
      return "\(field) is too large to compute interest on; check the amount"
    }
  }
}
