import CivilCalendar

/// The risk rules, each a function of the facts returning its reasons. Thresholds are
/// documented in `docs/training.md`.
public enum RiskRules {
  /// Mean of the recent scores below this is "low".
  public static let lowScore = 70.0
  /// Attempts the score rules look at.
  public static let recentAttempts = 3
  /// A fall across the recent attempts at least this large is "falling".
  public static let fallingBy = 10.0

  /// Every reason that applies; the level is the worst of them, `onTrack` when none.
  public static func assess(
    items: [ItemProgress], forecast: Forecast, dueOn: CivilDate, attempts: [Attempt], openRisks: [RaisedRisk],
    today: CivilDate
  ) -> (level: RiskLevel, reasons: [RiskReason]) {
    var reasons = overdue(items)
    reasons += forecastAfterDue(forecast, dueOn: dueOn, items: items)
    reasons += scores(attempts)
    reasons += attemptsUsedUp(items)
    reasons += failedAttempts(items)
    reasons += raised(openRisks, items: items)
    let level = reasons.map(\.level).max() ?? .onTrack
    return (level, reasons)
  }

  /// Late: an open item past its due day.
  static func overdue(_ items: [ItemProgress]) -> [RiskReason] {
    items.filter(\.overdue).map {
      RiskReason(
        rule: "overdue", level: .late,
        message: "#\($0.item.id ?? 0) \($0.item.summary) was due \($0.item.dueOn)",
        arguments: [String($0.item.id ?? 0), $0.item.summary, $0.item.dueOn.iso])
    }
  }

  /// At risk: the forecast completion falls after the plan's due day.
  static func forecastAfterDue(_ forecast: Forecast, dueOn: CivilDate, items: [ItemProgress]) -> [RiskReason]
  {
    guard items.contains(where: { !$0.isDone }), forecast.completionOn > dueOn else { return [] }
    return [
      RiskReason(
        rule: "forecast-after-due", level: .atRisk,
        message: "forecast \(forecast.completionOn) is after the due date \(dueOn) "
          + "(pace \(String(format: "%.2f", forecast.pace)) items/working day)",
        arguments: [forecast.completionOn.iso, dueOn.iso, String(format: "%.2f", forecast.pace)])
    ]
  }

  /// At risk: the recent scores average below `lowScore`, or fall steadily by `fallingBy`.
  static func scores(_ attempts: [Attempt]) -> [RiskReason] {
    let recent = attempts.sorted { $0.finishedAt < $1.finishedAt }.suffix(recentAttempts).map(\.score)
    guard recent.count >= 2 else { return [] }
    var reasons: [RiskReason] = []
    let mean = recent.reduce(0, +) / Double(recent.count)
    if mean < lowScore {
      reasons.append(
        RiskReason(
          rule: "low-scores", level: .atRisk,
          message: "last \(recent.count) scores average \(ScoreText.format(mean.rounded())) (below "
            + "\(ScoreText.format(lowScore)))",
          arguments: [String(recent.count), ScoreText.format(mean.rounded()), ScoreText.format(lowScore)]))
    }
    let falling = zip(recent, recent.dropFirst()).allSatisfy { $1 < $0 }
    if recent.count == recentAttempts, falling, let first = recent.first, let last = recent.last,
      first - last >= fallingBy
    {
      let list = recent.map { ScoreText.format($0) }.joined(separator: " -> ")
      reasons.append(
        RiskReason(
          rule: "falling-scores", level: .atRisk, message: "scores falling: \(list)", arguments: [list]))
    }
    return reasons
  }

  /// At risk: a scenario's attempts are used up without a pass.
  static func attemptsUsedUp(_ items: [ItemProgress]) -> [RiskReason] {
    items.filter { $0.state == .exhausted }.map {
      RiskReason(
        rule: "attempts-used-up", level: .atRisk,
        message: "#\($0.item.id ?? 0) \($0.item.scenarioID ?? "?"): \($0.attemptsUsed) attempts, best "
          + "\(ScoreText.format($0.bestScore ?? 0)); plan coaching and a new date",
        arguments: [
          String($0.item.id ?? 0), $0.item.scenarioID ?? "?", String($0.attemptsUsed),
          ScoreText.format($0.bestScore ?? 0),
        ])
    }
  }

  /// At risk: a scenario attempted without reaching its pass mark, attempts still left. One
  /// failed case is enough: the score rules need two, and a trainee with a single 8/100 is
  /// not on track.
  static func failedAttempts(_ items: [ItemProgress]) -> [RiskReason] {
    items.filter { $0.state != .done && $0.state != .exhausted && $0.attemptsUsed > 0 }.map {
      let needed = ScoreText.format($0.item.minScore ?? 0)
      let best = ScoreText.format($0.bestScore ?? 0)
      return RiskReason(
        rule: "failed-attempt", level: .atRisk,
        message: "#\($0.item.id ?? 0) \($0.item.summary): best score \(best) in \($0.attemptsUsed) "
          + "attempt(s), needs \(needed)",
        arguments: [String($0.item.id ?? 0), $0.item.summary, best, String($0.attemptsUsed), needed])
    }
  }

  /// At risk: the trainee raised a risk that no manager has answered.
  static func raised(_ risks: [RaisedRisk], items: [ItemProgress]) -> [RiskReason] {
    let summaries = Dictionary(
      items.compactMap { entry in entry.item.id.map { ($0, entry.item.summary) } },
      uniquingKeysWith: { a, _ in a })
    return risks.filter { $0.isOpen && summaries[$0.itemID] != nil }.map {
      let item = "#\($0.itemID) \(summaries[$0.itemID] ?? "")"
      let commit = $0.commitOn.map { ", can commit to \($0)" } ?? ""
      return RiskReason(
        rule: "raised", level: .atRisk,
        message: "risk raised on \(item): \($0.reason)\(commit)",
        arguments: [String($0.itemID), summaries[$0.itemID] ?? "", $0.reason]
          + ($0.commitOn.map { [$0.iso] } ?? []))
    }
  }
}
