/// What rules may consult beyond the document they check: the other SOPs being linted.
public struct LintContext: Sendable {
  /// The SOPs of the library by id (the first one when an id is duplicated).
  public var documentsByID: [String: SOPDocument]
  /// Whether the library is the whole set of SOPs (a folder was linted). When only single
  /// files are linted, references to SOPs outside them are warnings, not errors.
  public var libraryIsComplete: Bool

  /// Creates a context.
  public init(documentsByID: [String: SOPDocument] = [:], libraryIsComplete: Bool = false) {
    self.documentsByID = documentsByID
    self.libraryIsComplete = libraryIsComplete
  }
}

/// A lint rule that checks one document at a time.
protocol DocumentRule: Sendable {
  /// The id printed in brackets after each finding.
  static var id: String { get }
  /// The rule's findings for `document`.
  func check(_ document: SOPDocument, in context: LintContext) -> [Finding]
}

extension DocumentRule {
  /// A finding of this rule on `document`.
  func finding(
    _ document: SOPDocument, line: Int, column: Int = 1, _ severity: Finding.Severity, _ message: String
  ) -> Finding {
    Finding(
      path: document.path, line: line, column: column, severity: severity, message: message, rule: Self.id)
  }
}

/// A lint rule that needs every document of the library at once.
protocol LibraryRule: Sendable {
  /// The id printed in brackets after each finding.
  static var id: String { get }
  /// The rule's findings for the library's documents (in path order).
  func check(_ documents: [SOPDocument]) -> [Finding]
}
