import SOPKit

/// One governing SOP revision as the scorer needs it: the process block, where it came from
/// (revision number, or "working copy" for a file), and the headings its steps link to.
public struct GoverningProcess: Sendable, Hashable {
  /// SOP id.
  public var sopID: String
  /// Revision label: a number from the store, or `working copy`.
  public var revision: String
  /// SOP title.
  public var title: String
  /// The process block.
  public var spec: ProcessSpec
  /// Heading text by anchor, for the section links.
  public var headings: [String: String]

  /// Creates a governing process.
  public init(sopID: String, revision: String, title: String, spec: ProcessSpec, headings: [String: String]) {
    self.sopID = sopID
    self.revision = revision
    self.title = title
    self.spec = spec
    self.headings = headings
  }

  /// Takes a parsed SOP; refuses one whose process block has errors (it must not be scored).
  public init(document: SOPDocument, revision: String) throws {
    let id = document.id ?? document.path
    guard let spec = document.process else {
      throw SimulationError.unusableProcess(sopID: id, detail: "the SOP has no process block")
    }
    guard document.processIsValid else {
      throw SimulationError.unusableProcess(sopID: id, detail: "the process block has errors")
    }
    var headings: [String: String] = [:]
    for entry in document.outline.entries where headings[entry.slug] == nil {
      headings[entry.slug] = entry.text
    }
    self.init(sopID: id, revision: revision, title: document.title, spec: spec, headings: headings)
  }
}

/// Where a finding points: an SOP section in a given revision.
public struct SectionLink: Sendable, Hashable, Codable {
  /// SOP id.
  public var sopID: String
  /// Heading anchor.
  public var anchor: String
  /// Heading text.
  public var heading: String
  /// Revision label.
  public var revision: String

  /// `sop:COL-004#log-the-dispute`, the link form SOPs use among themselves.
  public var reference: String { "sop:\(sopID)#\(anchor)" }
  /// The exported page's address, `COL-004.html#log-the-dispute`.
  public var href: String { "\(sopID).html#\(anchor)" }
  /// `COL-004 rev 2, "Log the dispute" (sop:COL-004#log-the-dispute)`.
  public var text: String {
    let label = revision == GoverningProcess.workingCopy ? "working copy" : "rev \(revision)"
    return "\(sopID) \(label), \"\(heading)\" (\(reference))"
  }
}

extension GoverningProcess {
  /// The revision label of an SOP read from a file rather than the store.
  public static let workingCopy = "working copy"
}
