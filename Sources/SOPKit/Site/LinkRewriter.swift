/// Rewrites link destinations in a body before rendering: `sop:COL-004#x` becomes the other
/// SOP's page, `COL-004.html#x`.
enum LinkRewriter {
  /// Rewrites every link for which `transform` returns a new destination.
  static func rewrite(_ node: inout MarkdownNode, _ transform: (String) -> String?) {
    if case .link(let destination, let title) = node.kind, let replacement = transform(destination) {
      node.kind = .link(destination: replacement, title: title)
    }
    for index in node.children.indices {
      rewrite(&node.children[index], transform)
    }
  }

  /// The page link for `sop:ID[#anchor]` destinations; nil for every other link.
  static func sopScheme(_ destination: String) -> String? {
    guard destination.hasPrefix(SOPReference.scheme),
      let reference = SOPReference(destination: destination, text: "")
    else { return nil }
    return reference.pageLink
  }

  /// `sop:ID` links and relative links to `ID.md` files, both to `ID.html` pages.
  static func sopAndMarkdownFiles(_ destination: String) -> String? {
    if let page = sopScheme(destination) { return page }
    guard !destination.contains("://"), !destination.hasPrefix("#"),
      let reference = SOPReference(destination: destination, text: "")
    else { return nil }
    return reference.pageLink
  }
}
