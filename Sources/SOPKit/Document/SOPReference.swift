import Foundation

/// A reference from one SOP to another. The convention (see `docs/sop-format.md`, "Links
/// between SOPs"): write `[Disputes](sop:COL-004)` or `sop:COL-004#escalation`; the renderer
/// and the exporter turn these into links to the other SOP's page. Lint also treats a link
/// to `COL-004.md` and a link whose text is exactly an id (`[COL-004](...)`) as references.
public struct SOPReference: Sendable, Hashable {
  /// The SOP id referred to.
  public var id: String
  /// The heading anchor inside that SOP, if any.
  public var anchor: String?

  /// The URL scheme of the canonical form.
  public static let scheme = "sop:"

  /// The reference a link makes, if it makes one.
  public init?(destination: String, text: String) {
    if destination.hasPrefix(SOPReference.scheme) {
      let rest = destination.dropFirst(SOPReference.scheme.count)
      let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      id = String(parts.first ?? "")
      anchor = parts.count > 1 ? String(parts[1]) : nil
      return
    }
    let path = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let file = path.first.map { $0.split(separator: "/").last.map(String.init) ?? "" } ?? ""
    if file.hasSuffix(".md"), !destination.contains("://"), SOPIdentifier.isValid(String(file.dropLast(3))) {
      id = String(file.dropLast(3))
      anchor = path.count > 1 ? String(path[1]) : nil
      return
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard SOPIdentifier.isValid(trimmed) else { return nil }
    id = trimmed
    anchor = nil
  }

  /// Creates a reference.
  public init(id: String, anchor: String? = nil) {
    self.id = id
    self.anchor = anchor
  }

  /// The page an exported or rendered SOP has (`COL-004.html`), with the anchor.
  public var pageLink: String {
    "\(SOPReference.pageName(for: id))" + (anchor.map { "#\($0)" } ?? "")
  }

  /// File name of an SOP's page in an exported site.
  public static func pageName(for id: String) -> String {
    "\(id).html"
  }
}
