import CaseSim
import CivilCalendar

/// The team's completion burn-up: items done per day (cumulative) against the scope (all items
/// assigned) and the ideal line from the first start to the last due date.
struct BurnUpChart {
  struct Series: Equatable {
    var days: [CivilDate]
    var done: [Int]
    var scope: Int
    var start: CivilDate
    var due: CivilDate
    var today: CivilDate
  }

  /// The cumulative series over `[start, max(today, due)]` from each item's completion day.
  static func series(completions: [CivilDate], scope: Int, start: CivilDate, due: CivilDate, today: CivilDate)
    -> Series
  {
    let end = max(today, due)
    let days = stride(from: 0, through: start.days(until: end), by: 1).map { start.adding(days: $0) }
    let completed = completions.sorted()
    var index = 0
    var count = 0
    var done: [Int] = []
    for day in days {
      while index < completed.count, completed[index] <= day {
        count += 1
        index += 1
      }
      done.append(day <= today ? count : -1)
    }
    return Series(days: days, done: done, scope: scope, start: start, due: due, today: today)
  }

  static func svg(_ series: Series, labels: (title: String, done: String, scope: String, ideal: String))
    -> String
  {
    let (width, height, left, bottom, top, right) = (640.0, 260.0, 44.0, 30.0, 16.0, 12.0)
    var canvas = SVGCanvas(id: "burnup", width: width, height: height, title: labels.title)
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    let span = Double(max(series.days.count - 1, 1))
    let maxY = Double(max(series.scope, 1))
    func x(_ index: Int) -> Double { left + Double(index) / span * plotWidth }
    func y(_ value: Double) -> Double { top + plotHeight - value / maxY * plotHeight }
    canvas.line(left, top, left, top + plotHeight, stroke: "#5b6473")
    canvas.line(left, top + plotHeight, left + plotWidth, top + plotHeight, stroke: "#5b6473")
    for tick in [0.0, maxY / 2, maxY] {
      canvas.text(left - 6, y(tick) + 4, String(Int(tick.rounded())), anchor: "end", size: 11)
    }
    canvas.text(left, height - 8, series.start.iso, size: 11)
    canvas.text(left + plotWidth, height - 8, series.days.last?.iso ?? "", anchor: "end", size: 11)
    let (doneColour, scopeColour, idealColour) = ("#0b5cad", "#9a6700", "#5b6473")
    canvas.line(x(0), y(maxY), x(series.days.count - 1), y(maxY), stroke: scopeColour, dashed: true)
    let dueIndex = series.start.days(until: series.due)
    canvas.polyline([(x(0), y(0)), (x(dueIndex), y(maxY))], stroke: idealColour, width: 1.5, dotted: true)
    let done = series.done.enumerated().filter { $0.element >= 0 }
    canvas.polyline(done.map { (x($0.offset), y(Double($0.element))) }, stroke: doneColour, width: 2.5)
    // A dot on each day's count: a plan started today has one point, which a line alone hides.
    for (offset, count) in done {
      canvas.dot(
        x(offset), y(Double(count)), radius: 3.5, fill: doneColour,
        label: "\(series.days[offset].iso): \(count) / \(series.scope)")
    }
    let doneNow = series.done.last { $0 >= 0 } ?? 0
    let description =
      "\(labels.done): \(doneNow) / \(series.scope). \(labels.scope): \(series.scope). "
      + "\(labels.ideal): \(series.start.iso) – \(series.due.iso)."
    // The legend draws each line as the chart does: colour and dash.
    var legendX = left + 8
    for (label, colour, style) in [
      (labels.done, doneColour, 0), (labels.scope, scopeColour, 1), (labels.ideal, idealColour, 2),
    ] {
      canvas.line(
        legendX, top + 8, legendX + 22, top + 8, stroke: colour, width: style == 0 ? 2.5 : 1.5,
        dashed: style == 1, dotted: style == 2)
      canvas.text(legendX + 28, top + 12, label, size: 11)
      legendX += 40 + Double(label.count) * 6.5
    }
    return canvas.svg(description: description)
  }
}
