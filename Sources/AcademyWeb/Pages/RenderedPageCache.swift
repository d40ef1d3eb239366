import AcademyServices
import SOPKit

/// What the SOP page shows of one revision's text: the rendered body and its outline, parsed
/// once. A revision never changes, so an entry keyed by its content hash never goes stale.
struct RenderedRevision: Sendable {
  /// The body as HTML, `sop:` links pointing at `/sops/ID`.
  var fragment: String
  /// Headings for the table of contents.
  var outline: [Outline.Entry]
  /// Front matter tags.
  var tags: [String]
  /// The parsed document, for lint context.
  var document: SOPDocument
}

/// Rendered SOP HTML by revision hash, and which SOPs translate which (rebuilt only when a
/// revision is added).
actor RenderedPageCache {
  /// Revisions kept at most; a library of thousands of SOPs with a few revisions each fits.
  static let capacity = 20_000

  private var pages: [String: RenderedRevision] = [:]
  private var translations: (stamp: Int64, index: [String: [String]]) = (-1, [:])

  /// The rendered revision, parsing and rendering it on the first request only.
  func page(for revision: StoredRevision) -> RenderedRevision {
    if let hit = pages[revision.hash] { return hit }
    let rendered = Self.render(id: revision.sopID, text: revision.content)
    if pages.count >= Self.capacity { pages.removeAll(keepingCapacity: true) }
    pages[revision.hash] = rendered
    return rendered
  }

  /// Renders text that is not stored (the editor's preview); never cached.
  nonisolated static func render(id: String, text: String) -> RenderedRevision {
    let document = SOPDocument.parse(SourceFile(path: "\(id).md", text: text)).document
    let fragment = SOPRenderer.fragment(document) { reference in
      "/sops/\(reference.id)" + (reference.anchor.map { "#\($0)" } ?? "")
    }
    return RenderedRevision(
      fragment: fragment, outline: document.outline.entries, tags: document.tags, document: document)
  }

  /// The ids translating `sopID`, from an index rebuilt when the store's stamp (read by the
  /// caller, outside the actor) moves.
  func translations(of sopID: String, stamp: Int64, library: Library) throws -> [String] {
    if stamp != translations.stamp {
      translations = (stamp, try library.translationIndex())
    }
    return translations.index[sopID] ?? []
  }
}
