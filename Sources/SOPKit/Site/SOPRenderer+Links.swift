extension SOPRenderer {
  /// The body of a parsed document as an HTML fragment, with each `sop:ID[#anchor]` link sent
  /// where `sopLink` says (the web app's `/sops/ID#anchor` instead of an exported file).
  public static func fragment(_ document: SOPDocument, sopLink: (SOPReference) -> String) -> String {
    var body = document.body
    LinkRewriter.rewrite(&body) { destination in
      guard destination.hasPrefix(SOPReference.scheme),
        let reference = SOPReference(destination: destination, text: "")
      else { return nil }
      return sopLink(reference)
    }
    return renderer(document.language).render(body)
  }
}
