import Foundation
import Testing

@testable import CaseSim

/// The standard ladder on an item due 2024-01-15: level 1 due 2024-01-30 (+15), level 2 on
/// 2024-02-14 (+30), level 3 on 2024-02-29 (+45); 6 days between contacts.
@Suite struct DunningPolicyTests {
  let policy = DunningPolicy.standard

  func decide(_ state: DunningState, on run: String) throws -> DunningDecision {
    policy.nextLevel(for: state, runDate: try date(run))
  }

  @Test func standardLadderIsFifteenThirtyFortyFiveWithEightDaysToPay() throws {
    #expect(policy.levels.map(\.delayDays) == [15, 30, 45])
    #expect(policy.levels.map(\.paymentWindowDays) == [8, 8, 8])
    #expect(policy.minimumGapDays == 6)
    let reminder = try #require(policy.level(1))
    #expect(reminder.paymentDeadline(sentOn: try date("2024-01-30")).iso == "2024-02-07")
  }

  @Test func aLevelIsDueWhenDueDatePlusDelayHasCome() throws {
    let item = DunningState(dueDate: try date("2024-01-15"))
    #expect(
      try decide(item, on: "2024-01-29") == .notYet(reason: .levelNotDue, earliest: try date("2024-01-30")))
    #expect(try decide(item, on: "2024-01-30") == .due(try #require(policy.level(1))))
  }

  @Test func neverSkipsALevelEvenWhenLongOverdue() throws {
    // 100 days past due and nothing sent yet: level 1 first, not level 3.
    let item = DunningState(dueDate: try date("2024-01-15"))
    #expect(try decide(item, on: "2024-04-24") == .due(try #require(policy.level(1))))
  }

  @Test func advancesOneLevelPerRunAfterTheMinimumGap() throws {
    // Level 1 sent 2024-04-24; level 2's delay has long passed but the gap holds it to 04-30.
    var item = DunningState(
      dueDate: try date("2024-01-15"), currentLevel: 1, lastContactOn: try date("2024-04-24"))
    #expect(
      try decide(item, on: "2024-04-29") == .notYet(reason: .minimumGap, earliest: try date("2024-04-30")))
    #expect(try decide(item, on: "2024-04-30") == .due(try #require(policy.level(2))))
    item.currentLevel = 2
    item.lastContactOn = try date("2024-04-30")
    #expect(try decide(item, on: "2024-05-06") == .due(try #require(policy.level(3))))
  }

  @Test func aCallCountsAsAContactForTheGap() throws {
    // Level 1 on time (01-30); a collector called on 02-12; level 2 (due 02-14) waits to 02-18.
    let item = DunningState(
      dueDate: try date("2024-01-15"), currentLevel: 1, lastContactOn: try date("2024-02-12"))
    #expect(
      try decide(item, on: "2024-02-14") == .notYet(reason: .minimumGap, earliest: try date("2024-02-18")))
  }

  @Test func theLaterConstraintExplainsTheWait() throws {
    // Level 2 is due 02-14. A contact on 02-10 allows the next one on 02-16, which ends later,
    // so the gap explains the wait; after a contact on 02-01 (next allowed 02-07) the level's
    // own date binds.
    let recent = DunningState(
      dueDate: try date("2024-01-15"), currentLevel: 1, lastContactOn: try date("2024-02-10"))
    #expect(
      try decide(recent, on: "2024-02-12") == .notYet(reason: .minimumGap, earliest: try date("2024-02-16")))
    let older = DunningState(
      dueDate: try date("2024-01-15"), currentLevel: 1, lastContactOn: try date("2024-02-01"))
    #expect(
      try decide(older, on: "2024-02-12") == .notYet(reason: .levelNotDue, earliest: try date("2024-02-14")))
  }

  @Test func theLadderEnds() throws {
    let item = DunningState(
      dueDate: try date("2024-01-15"), currentLevel: 3, lastContactOn: try date("2024-03-01"))
    #expect(try decide(item, on: "2024-06-01") == .notYet(reason: .ladderComplete, earliest: nil))
  }

  @Test func disputesLitigationAndInsolvencyBlock() throws {
    let due = try date("2024-01-15")
    #expect(try decide(DunningState(dueDate: due, isDisputed: true), on: "2024-03-01") == .blocked(.disputed))
    #expect(
      try decide(DunningState(dueDate: due, inLitigation: true), on: "2024-03-01") == .blocked(.inLitigation))
    let insolvent = DunningState(dueDate: due, isDisputed: true, insolvencyDeclared: try date("2024-02-20"))
    #expect(try decide(insolvent, on: "2024-02-20") == .blocked(.insolvent))
    // Before the declaration date the dispute is what blocks.
    #expect(try decide(insolvent, on: "2024-02-19") == .blocked(.disputed))
  }

  @Test func anOpenPromisePausesUntilItsDatePlusTolerance() throws {
    // Promise for 2024-02-05 with 2 tolerance days: paused through 02-07, resumes on 02-08.
    let item = DunningState(
      dueDate: try date("2024-01-15"),
      openPromise: PaymentPromise(amount: try eur("500.00"), promisedDate: try date("2024-02-05")),
      promiseToleranceDays: 2)
    #expect(
      try decide(item, on: "2024-02-07") == .notYet(reason: .promisePending, earliest: try date("2024-02-08"))
    )
    #expect(try decide(item, on: "2024-02-08") == .due(try #require(policy.level(1))))
  }

  @Test func aPreDueReminderUsesANegativeDelay() throws {
    let ladder = try DunningPolicy(
      levels: [
        DunningLevel(level: 1, name: "Courtesy", delayDays: -5, channels: [.email], paymentWindowDays: 5),
        DunningLevel(level: 2, name: "Reminder", delayDays: 10, channels: [.email], paymentWindowDays: 8),
      ], minimumGapDays: 0)
    let item = DunningState(dueDate: try date("2024-01-15"))
    #expect(
      ladder.nextLevel(for: item, runDate: try date("2024-01-10")) == .due(try #require(ladder.level(1))))
  }

  @Test func rejectsABrokenLadder() {
    let one = DunningLevel(level: 1, name: "A", delayDays: 15, channels: [.email], paymentWindowDays: 8)
    let sameDelay = DunningLevel(
      level: 2, name: "B", delayDays: 15, channels: [.letter], paymentWindowDays: 8)
    let skipped = DunningLevel(level: 3, name: "C", delayDays: 30, channels: [.letter], paymentWindowDays: 8)
    #expect(throws: FinanceError.invalidDunningPolicy(reason: "the ladder has no level")) {
      try DunningPolicy(levels: [])
    }
    #expect(
      throws: FinanceError.invalidDunningPolicy(reason: "level 2 delay 15 must be later than level 1's 15")
    ) {
      try DunningPolicy(levels: [one, sameDelay])
    }
    #expect(
      throws: FinanceError.invalidDunningPolicy(
        reason: "level 3 is in position 2; number levels 1, 2, 3... in order")
    ) { try DunningPolicy(levels: [one, skipped]) }
    #expect(throws: FinanceError.self) { try DunningPolicy(levels: [one], minimumGapDays: -1) }
  }

  @Test func decodingChecksTheLadderToo() throws {
    let json = try JSONEncoder().encode(policy)
    #expect(try JSONDecoder().decode(DunningPolicy.self, from: json) == policy)
    let broken = String(decoding: json, as: UTF8.self).replacingOccurrences(
      of: #""delayDays":30"#, with: #""delayDays":10"#)
    #expect(throws: FinanceError.self) {
      try JSONDecoder().decode(DunningPolicy.self, from: Data(broken.utf8))
    }
  }
}
