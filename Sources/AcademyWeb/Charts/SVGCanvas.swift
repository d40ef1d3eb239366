import Foundation
import SOPKit

/// A small SVG writer: elements with presentation attributes only (the CSP forbids inline
/// styles), text escaped, numbers with one decimal.
struct SVGCanvas {
  let width: Double
  let height: Double
  let title: String
  let id: String
  private var parts: [String] = []

  init(id: String, width: Double, height: Double, title: String) {
    self.id = id
    self.width = width
    self.height = height
    self.title = title
  }

  mutating func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
    dashed: Bool = false, dotted: Bool = false
  ) {
    let dash = Self.dash(dashed: dashed, dotted: dotted)
    parts.append(
      "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" "
        + "stroke-width=\"\(n(width))\"\(dash)/>")
  }

  mutating func polyline(
    _ points: [(Double, Double)], stroke: String, width: Double = 2, dashed: Bool = false,
    dotted: Bool = false
  ) {
    guard !points.isEmpty else { return }
    let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
    let dash = Self.dash(dashed: dashed, dotted: dotted)
    parts.append(
      "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dash)/>")
  }

  /// A filled dot: a one-point series (a plan started today) still shows.
  mutating func dot(_ x: Double, _ y: Double, radius: Double, fill: String, label: String? = nil) {
    let tip = label.map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
    parts.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\">\(tip)</circle>")
  }

  mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, label: String? = nil) {
    let tip = label.map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
    parts.append(
      "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" fill=\"\(fill)\">\(tip)</rect>")
  }

  mutating func text(_ x: Double, _ y: Double, _ value: String, anchor: String = "start", size: Int = 12) {
    parts.append(
      "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" fill=\"#1d2430\">"
        + "\(HTMLText.escape(value))</text>")
  }

  /// The finished `<svg>` element, with a title and description for screen readers.
  func svg(description: String) -> String {
    "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
      + "role=\"img\" aria-labelledby=\"\(id)-title\"><title id=\"\(id)-title\">\(HTMLText.escape(title))</title>"
      + "<desc>\(HTMLText.escape(description))</desc>" + parts.joined() + "</svg>"
  }

  private func n(_ value: Double) -> String { String(format: "%.1f", value) }

  private static func dash(dashed: Bool, dotted: Bool) -> String {
    dotted ? " stroke-dasharray=\"2 3\"" : dashed ? " stroke-dasharray=\"6 4\"" : ""
  }
}
