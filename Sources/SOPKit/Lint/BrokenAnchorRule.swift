import Foundation

/// `broken-anchor`: `[x](#slug)` names a heading of the same SOP, and `sop:ID#slug` a heading
/// of that SOP when it is in the library.
struct BrokenAnchorRule: DocumentRule {
  static let id = "broken-anchor"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    let own = document.anchors
    for link in document.links {
      if link.destination.hasPrefix("#") {
        let anchor = BrokenAnchorRule.decode(link.destination.dropFirst())
        guard !own.contains(anchor) else { continue }
        // `#Gestión` means the heading whose slug is `gestion`: suggest the slug first.
        let slug = Slug.make(anchor)
        let suggestion = own.contains(slug) ? slug : NameSuggestion.nearest(to: slug, in: own.sorted())
        findings.append(
          finding(document, line: link.line, .error, BrokenAnchorRule.message(anchor, suggestion)))
      } else if let reference = SOPReference(destination: link.destination, text: link.text),
        let anchor = reference.anchor.map({ BrokenAnchorRule.decode(Substring($0)) }),
        let target = context.documentsByID[reference.id] ?? (reference.id == document.id ? document : nil),
        !target.anchors.contains(anchor)
      {
        let message = BrokenAnchorRule.message(anchor, in: reference.id)
        findings.append(finding(document, line: link.line, .error, message))
      }
    }
    return findings
  }

  /// cmark percent-encodes non-ASCII in destinations; anchors are compared decoded.
  private static func decode(_ anchor: Substring) -> String {
    String(anchor).removingPercentEncoding ?? String(anchor)
  }

  static func message(_ anchor: String, _ suggestion: String?) -> String {
    let hint = suggestion.map { "; did you mean '#\($0)'?" } ?? "; link to an existing heading or add it"
    return "link to '#\(anchor)' but no heading has that anchor" + hint
  }

  static func message(_ anchor: String, in id: String) -> String {
    "link to '#\(anchor)' in \(id) but that SOP has no heading with that anchor"
  }
}
