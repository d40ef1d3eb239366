/// Practice scores in ten-point bands (0-9 ... 90-100), as bars.
struct ScoreHistogram {
  /// Counts per band; a score of 100 falls in the last band.
  static func bands(_ scores: [Double]) -> [Int] {
    var counts = Array(repeating: 0, count: 10)
    for score in scores where score.isFinite {
      counts[min(9, max(0, Int(score / 10)))] += 1
    }
    return counts
  }

  static func svg(_ counts: [Int], title: String, countLabel: String) -> String {
    let (width, height, left, bottom, top) = (640.0, 220.0, 36.0, 28.0, 12.0)
    var canvas = SVGCanvas(id: "scores", width: width, height: height, title: title)
    let plotHeight = height - top - bottom
    let barWidth = (width - left - 8) / Double(counts.count)
    let maxCount = Double(max(counts.max() ?? 0, 1))
    canvas.line(left, top + plotHeight, width - 8, top + plotHeight, stroke: "#5b6473")
    for (index, count) in counts.enumerated() {
      let barHeight = Double(count) / maxCount * plotHeight
      let x = left + Double(index) * barWidth
      let band = index == 9 ? "90–100" : "\(index * 10)–\(index * 10 + 9)"
      canvas.rect(
        x + 3, top + plotHeight - barHeight, barWidth - 6, barHeight,
        fill: index >= 7 ? "#1a7f37" : "#0b5cad",
        label: "\(band): \(count) \(countLabel)")
      canvas.text(x + barWidth / 2, height - 10, band, anchor: "middle", size: 11)
      if count > 0 {
        canvas.text(x + barWidth / 2, top + plotHeight - barHeight - 4, "\(count)", anchor: "middle")
      }
    }
    let description = counts.enumerated().map { "\($0.offset * 10)+: \($0.element)" }.joined(separator: ", ")
    return canvas.svg(description: description)
  }
}
