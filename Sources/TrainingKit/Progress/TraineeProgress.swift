import CivilCalendar

/// One assignment's progress on a day: items, counts, completion, forecast and risk.
public struct TraineeProgress: Sendable, Hashable {
  /// The assignment.
  public var assignment: Assignment
  /// Every item with its state.
  public var items: [ItemProgress]
  /// The forecast.
  public var forecast: Forecast
  /// The risk level.
  public var level: RiskLevel
  /// Why.
  public var reasons: [RiskReason]

  /// Items done.
  public var done: Int { items.filter(\.isDone).count }
  /// Open items not yet past due.
  public var due: Int { items.filter { !$0.isDone && !$0.overdue }.count }
  /// Open items past due.
  public var overdue: Int { items.filter(\.overdue).count }
  /// Done as a percentage of all items, 0-100.
  public var completion: Double {
    items.isEmpty ? 100 : Double(done) * 100 / Double(items.count)
  }

  /// Computes the progress of `assignment` from its items and the trainee's facts.
  public static func make(
    assignment: Assignment, items: [TrainingItem], acknowledgements: [Acknowledgement], attempts: [Attempt],
    risks: [RaisedRisk], today: CivilDate
  ) -> TraineeProgress {
    let evaluated = ItemEvaluator(acknowledgements: acknowledgements, attempts: attempts, today: today)
      .evaluate(items)
    let remaining = evaluated.filter { !$0.isDone }.count
    let forecast = Forecast.make(
      completedOn: evaluated.compactMap(\.completedOn), remaining: remaining, startOn: assignment.startOn,
      dueOn: assignment.dueOn, total: evaluated.count, today: today)
    let scenarios = Set(items.compactMap(\.scenarioID))
    let (level, reasons) = RiskRules.assess(
      items: evaluated, forecast: forecast, dueOn: assignment.dueOn,
      attempts: attempts.filter { scenarios.contains($0.scenarioID) }, openRisks: risks, today: today)
    return TraineeProgress(
      assignment: assignment, items: evaluated, forecast: forecast, level: level, reasons: reasons)
  }
}
