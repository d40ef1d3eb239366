import CivilCalendar

/// Tests write days as `"2026-03-02"`; a literal that is not a date stops the test run.
extension CivilDate: ExpressibleByStringLiteral {
  /// The day `text` names; stops the run when it is not `YYYY-MM-DD`.
  public init(stringLiteral text: String) {
    guard let day = CivilDate(iso: text) else { preconditionFailure("\(text) is not a YYYY-MM-DD day") }
    self = day
  }
}
