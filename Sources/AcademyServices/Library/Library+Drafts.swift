import SOPKit

/// Text linted as it would be stored: the parsed document, its findings and the candidate.
public struct DraftLint: Sendable {
  /// The parsed text.
  public var document: SOPDocument
  /// Parse and document findings against the library, by line.
  public var findings: [Finding]
  /// The revision the text would become; nil when its front matter is incomplete.
  public var candidate: RevisionCandidate?
}

extension Library {
  /// Lints and imports every `*.md` under `paths`, each file its own transaction. Links and
  /// `translation_of` may name the files and the SOPs already in the library
  /// (`linkableDocuments`); one to an SOP in neither is an error.
  public func importFiles(_ paths: [String], by actor: Signer, parse: RevisionParser = Library.parse)
    async throws
    -> LibraryImport
  {
    let known = try await linkableDocuments(parse: parse)
    return LibraryImport.run(paths, into: repository, by: actor, known: known)
  }

  /// The SOPs links may name, by id: each SOP's latest revision unless its SOP is obsolete,
  /// so an SOP in force and one still being drafted both count, a withdrawn one does not.
  public func linkableDocuments(excluding sopID: String? = nil, parse: RevisionParser = Library.parse)
    async throws
    -> [String: SOPDocument]
  {
    var documents: [String: SOPDocument] = [:]
    for view in try repository.latestRevisions()
    where view.revision.sopID != sopID && view.state != .obsolete && view.state != .withdrawn {
      documents[view.revision.sopID] = await parse(view.revision)
    }
    return documents
  }

  /// Lints `text` typed for SOP `sopID` as an import would: parse findings, then the document
  /// rules against the library (`linkableDocuments`, the text standing in for `sopID`).
  public func lint(_ sopID: String, text: String, parse: RevisionParser = Library.parse) async throws
    -> DraftLint
  {
    let (document, parseFindings) = SOPDocument.parse(SourceFile(path: "\(sopID).md", text: text))
    var known = try await linkableDocuments(excluding: sopID, parse: parse)
    if let ownID = document.id { known[ownID] = document }
    let context = LintContext(documentsByID: known, libraryIsComplete: true)
    let findings = (parseFindings + SOPLinter.lint(document, in: context)).sorted {
      ($0.line, $0.column) < ($1.line, $1.column)
    }
    return DraftLint(document: document, findings: findings, candidate: RevisionCandidate(document: document))
  }

  /// Stores `text` as the new draft of `sopID`, having seen revision `seen` (nil: whatever is
  /// latest). Refused when another revision came meanwhile, on lint errors, an incomplete
  /// front matter or another id in it; unchanged text writes nothing.
  public func saveDraft(
    _ sopID: String, text: String, seen: String?, by actor: Signer, parse: RevisionParser = Library.parse
  ) async throws -> ImportOutcome {
    let latest = try repository.latestNumber(sopID)
    if let seen, seen != latest.description {
      throw LibraryError.stale(sopID: sopID, seen: seen, latest: latest.description)
    }
    let candidate = try await checkedCandidate(sopID, text: text, parse: parse)
    return try repository.importRevision(candidate, by: actor)
  }

  /// Starts SOP `skeleton.id` as its first draft, owned by its author.
  public func create(_ skeleton: SOPSkeleton, by actor: Signer, parse: RevisionParser = Library.parse)
    async throws -> ImportOutcome
  {
    if (try? repository.latestNumber(skeleton.id)) != nil { throw LibraryError.alreadyExists(skeleton.id) }
    let candidate = try await checkedCandidate(skeleton.id, text: skeleton.text, parse: parse)
    return try repository.importRevision(candidate, by: actor)
  }

  private func checkedCandidate(_ sopID: String, text: String, parse: RevisionParser) async throws
    -> RevisionCandidate
  {
    let lint = try await lint(sopID, text: text, parse: parse)
    if lint.findings.hasErrors { throw LibraryError.lintErrors(lint.findings) }
    guard let candidate = lint.candidate else { throw LibraryError.incompleteFrontMatter }
    guard candidate.sopID == sopID else {
      throw LibraryError.idMismatch(found: candidate.sopID, expected: sopID)
    }
    return candidate
  }
}
