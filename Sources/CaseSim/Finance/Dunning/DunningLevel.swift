import CivilCalendar

/// One rung of a dunning ladder: when it is due, how it is sent, and how long the customer
/// is given to pay (Odoo follow-up levels, OCA credit control lines, ERPNext dunning types).
public struct DunningLevel: Sendable, Hashable, Codable {
  /// 1 for the first level, then 2, 3... with no gaps.
  public let level: Int
  /// Short name printed on the letter, e.g. `Reminder`.
  public let name: String
  /// Days after the due date when the level becomes due (negative: a pre-due reminder).
  public let delayDays: Int
  /// Channels the level is sent through.
  public let channels: [DunningChannel]
  /// Days the letter gives the customer to pay.
  public let paymentWindowDays: Int

  /// Creates a level.
  public init(level: Int, name: String, delayDays: Int, channels: [DunningChannel], paymentWindowDays: Int) {
    self.level = level
    self.name = name
    self.delayDays = delayDays
    self.channels = channels
    self.paymentWindowDays = paymentWindowDays
  }

  /// First run date on which the level is due for an item due on `dueDate`.
  public func dueOn(itemDueDate dueDate: CivilDate) -> CivilDate {
    dueDate.adding(days: delayDays)
  }

  /// The pay-by date printed on a letter sent on `sentOn`.
  public func paymentDeadline(sentOn: CivilDate) -> CivilDate {
    sentOn.adding(days: paymentWindowDays)
  }
}
