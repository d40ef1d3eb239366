import Testing

@testable import CaseSim

/// Promise of EUR 1,000.00 by 2024-03-10 with 3 tolerance days: the deadline is 2024-03-13,
/// and the promise is evaluated from 2024-03-14.
@Suite struct PromiseEvaluatorTests {
  let evaluator = PromiseEvaluator(toleranceDays: 3)

  func status(_ payments: [(String, String)], asOf: String) throws -> PromiseStatus {
    evaluator.evaluate(
      promisedAmount: try eur("1000.00"), promisedDate: try date("2024-03-10"),
      payments: try payments.map { (date: try date($0.0), amount: try eur($0.1)) }, asOf: try date(asOf))
  }

  @Test func keptWhenTheFullAmountArrivesByTheDeadline() throws {
    #expect(try status([("2024-03-13", "1000.00")], asOf: "2024-03-14") == .kept)
    #expect(try status([("2024-03-08", "400.00"), ("2024-03-12", "600.00")], asOf: "2024-03-20") == .kept)
  }

  @Test func keptAtOnceWhenPaidInFullBeforeTheDeadline() throws {
    #expect(try status([("2024-03-05", "1000.00")], asOf: "2024-03-05") == .kept)
  }

  @Test func staysOpenThroughTheLastToleranceDay() throws {
    #expect(try status([], asOf: "2024-03-10") == .open)
    #expect(try status([], asOf: "2024-03-13") == .open)
    #expect(try status([("2024-03-11", "300.00")], asOf: "2024-03-13") == .open)
  }

  @Test func brokenTheDayAfterTheDeadlineWhenNothingArrived() throws {
    #expect(try status([], asOf: "2024-03-14") == .broken)
  }

  @Test func aPaymentOneDayAfterTheToleranceDoesNotCount() throws {
    #expect(try status([("2024-03-14", "1000.00")], asOf: "2024-03-20") == .broken)
    #expect(
      try status([("2024-03-12", "200.00"), ("2024-03-14", "800.00")], asOf: "2024-03-20") == .partiallyKept)
  }

  @Test func partiallyKeptWhenOnlyPartArrivedInTime() throws {
    #expect(try status([("2024-03-10", "999.99")], asOf: "2024-03-14") == .partiallyKept)
  }

  @Test func ignoresPaymentsInAnotherCurrencyAndFuturePayments() throws {
    let status = evaluator.evaluate(
      promisedAmount: try eur("1000.00"), promisedDate: try date("2024-03-10"),
      payments: [(date: try date("2024-03-10"), amount: Money(minorUnits: 100_000, currency: "USD"))],
      asOf: try date("2024-03-14"))
    #expect(status == .broken)
    // A payment dated after `asOf` has not arrived yet.
    #expect(try self.status([("2024-03-12", "1000.00")], asOf: "2024-03-11") == .open)
  }

  @Test func zeroToleranceEvaluatesTheDayAfterThePromisedDate() throws {
    let strict = PromiseEvaluator()
    let promise = PaymentPromise(amount: try eur("50.00"), promisedDate: try date("2024-03-10"))
    #expect(strict.evaluate(promise, payments: [], asOf: try date("2024-03-10")) == .open)
    #expect(strict.evaluate(promise, payments: [], asOf: try date("2024-03-11")) == .broken)
    #expect(strict.deadline(for: promise.promisedDate).iso == "2024-03-10")
    #expect(evaluator.deadline(for: promise.promisedDate).iso == "2024-03-13")
  }

  @Test func aWithdrawnPromiseIsWithdrawnWhateverWasPaid() throws {
    let promise = PaymentPromise(
      amount: try eur("1000.00"), promisedDate: try date("2024-03-10"), withdrawnOn: try date("2024-03-05"))
    #expect(evaluator.evaluate(promise, payments: [], asOf: try date("2024-03-20")) == .withdrawn)
    // Before the withdrawal date it was still an ordinary open promise.
    #expect(evaluator.evaluate(promise, payments: [], asOf: try date("2024-03-04")) == .open)
  }

  @Test func keptRateCountsOnlyEvaluatedPromises() {
    // kept 2 / (kept 2 + partially kept 1 + broken 1) = 0.5; open and withdrawn are left out.
    let statuses: [PromiseStatus] = [.kept, .kept, .partiallyKept, .broken, .open, .withdrawn, .withdrawn]
    #expect(PromiseEvaluator.promiseKeptRate(statuses) == 0.5)
    #expect(PromiseEvaluator.promiseKeptRate([.open, .withdrawn]) == nil)
    #expect(PromiseStatus.partiallyKept.rawValue == "partially_kept")
  }
}
