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
  /// The translations in force of the same SOP (`translation_of:` this one), whose sections a
  /// trainee reading feedback in their language is sent to.
  public var translations: [SOPTranslation]

  /// Creates a governing process.
  public init(
    sopID: String, revision: String, title: String, spec: ProcessSpec, headings: [String: String],
    translations: [SOPTranslation] = []
  ) {
    self.sopID = sopID
    self.revision = revision
    self.title = title
    self.spec = spec
    self.headings = headings
    self.translations = translations
  }

  /// The translation into `language`, if one is in force.
  public func translation(_ language: String) -> SOPTranslation? {
    translations.first { $0.language == language }
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
    self.init(
      sopID: id, revision: revision, title: document.title, spec: spec, headings: Self.headings(of: document))
  }

  /// Heading text by anchor, the first heading of each anchor.
  static func headings(of document: SOPDocument) -> [String: String] {
    var headings: [String: String] = [:]
    for entry in document.outline.entries where headings[entry.slug] == nil {
      headings[entry.slug] = entry.text
    }
    return headings
  }
}

/// A translation of a governing SOP, as the feedback needs it: where each step is explained in
/// the translation and what the step is called there. The scoring stays with the source SOP.
public struct SOPTranslation: Sendable, Hashable {
  /// The translation's SOP id (`COL-004-ES`).
  public var sopID: String
  /// Its revision label.
  public var revision: String
  /// Its language code.
  public var language: String
  /// Step title and section anchor by step id, from the translation's process block.
  public var steps: [String: (title: String, section: String)]
  /// Heading text by anchor.
  public var headings: [String: String]

  /// Reads a parsed translation; nil when it has no process block to match steps by id.
  public init?(document: SOPDocument, revision: String) {
    guard let spec = document.process, let id = document.id else { return nil }
    sopID = id
    self.revision = revision
    language = document.language.rawValue
    steps = Dictionary(
      spec.steps.map { ($0.id, ($0.title, $0.section)) }, uniquingKeysWith: { first, _ in first })
    headings = GoverningProcess.headings(of: document)
  }

  /// Same translation, same revision.
  public static func == (lhs: SOPTranslation, rhs: SOPTranslation) -> Bool {
    lhs.sopID == rhs.sopID && lhs.revision == rhs.revision
  }

  /// Hashes the id and revision.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(sopID)
    hasher.combine(revision)
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
  public var text: String { text(in: .english) }

  /// The same in `feedback`'s language: `COL-004-ES rev. 2, «Registrar la disputa» (...)`.
  public func text(in feedback: Feedback) -> String {
    let label =
      revision == GoverningProcess.workingCopy
      ? feedback("report.working_copy") : feedback("report.revision", ["revision": revision])
    return feedback(
      "report.link", ["sop": sopID, "revision": label, "heading": heading, "reference": reference])
  }
}

extension GoverningProcess {
  /// The revision label of an SOP read from a file rather than the store.
  public static let workingCopy = "working copy"
}
