import CivilCalendar

/// Decides whether a promise to pay was kept, partially kept or broken.
///
/// Source: SAP FSCM Collections Management (promise to pay: open -> kept / partially kept /
/// broken, evaluated once the promised date plus the tolerance days has passed).
/// - Payments count when they arrive on or before `promisedDate + toleranceDays`, in the
///   promise's currency; later payments do not make a broken promise kept.
/// - The promise stays `open` until that deadline has passed (`asOf > deadline`), with one
///   exception (interpretation): once the full amount has arrived it is `kept` at once,
///   since nothing later can change the outcome and dunning should not wait for it.
/// - Withdrawn promises are `withdrawn`, whatever was paid.
public struct PromiseEvaluator: Sendable {
  /// Days of grace after the promised date before a promise is evaluated.
  public let toleranceDays: Int

  /// Creates an evaluator with `toleranceDays` of grace (negative values count as zero).
  public init(toleranceDays: Int = 0) {
    self.toleranceDays = max(0, toleranceDays)
  }

  /// Status of a promise of `promisedAmount` by `promisedDate`, given the payments received,
  /// seen on `asOf`, with this evaluator's tolerance.
  public func evaluate(
    promisedAmount: Money, promisedDate: CivilDate, payments: [(date: CivilDate, amount: Money)],
    asOf: CivilDate
  ) -> PromiseStatus {
    evaluate(
      promisedAmount: promisedAmount, promisedDate: promisedDate, payments: payments, asOf: asOf,
      toleranceDays: toleranceDays)
  }

  /// Status of a promise of `promisedAmount` by `promisedDate`, seen on `asOf`, with
  /// `toleranceDays` of grace.
  public func evaluate(
    promisedAmount: Money, promisedDate: CivilDate, payments: [(date: CivilDate, amount: Money)],
    asOf: CivilDate,
    toleranceDays: Int
  ) -> PromiseStatus {
    let deadline = promisedDate.adding(days: max(0, toleranceDays))
    let paid = payments.reduce(Int64(0)) { sum, payment in
      payment.amount.currency == promisedAmount.currency && payment.date <= deadline && payment.date <= asOf
        ? sum + payment.amount.minorUnits : sum
    }
    if paid >= promisedAmount.minorUnits { return .kept }
    guard asOf > deadline else { return .open }
    return paid > 0 ? .partiallyKept : .broken
  }

  /// Status of `promise` given the payments received, seen on `asOf`.
  public func evaluate(
    _ promise: PaymentPromise, payments: [(date: CivilDate, amount: Money)], asOf: CivilDate
  ) -> PromiseStatus {
    if let withdrawn = promise.withdrawnOn, withdrawn <= asOf { return .withdrawn }
    return evaluate(
      promisedAmount: promise.amount, promisedDate: promise.promisedDate, payments: payments, asOf: asOf)
  }

  /// The date after which an unpaid promise is evaluated: `promisedDate + toleranceDays`.
  public func deadline(for promisedDate: CivilDate) -> CivilDate {
    promisedDate.adding(days: toleranceDays)
  }

  /// Kept / evaluated (kept + partially kept + broken); open and withdrawn promises are
  /// left out. Nil when no promise has been evaluated yet.
  public static func promiseKeptRate(_ statuses: [PromiseStatus]) -> Double? {
    let evaluated = statuses.filter(\.isEvaluated).count
    guard evaluated > 0 else { return nil }
    return Double(statuses.filter { $0 == .kept }.count) / Double(evaluated)
  }
}
