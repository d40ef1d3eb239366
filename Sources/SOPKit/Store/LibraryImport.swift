import Foundation

/// What `import DIR` did, file by file.
public struct LibraryImport: Sendable, Hashable {
  /// One imported file.
  public struct Item: Sendable, Hashable {
    /// The file.
    public var path: String
    /// The SOP id.
    public var sopID: String
    /// What happened.
    public var outcome: ImportOutcome
  }

  /// One file that failed, with its reasons (lint errors, store refusals).
  public struct Failure: Sendable, Hashable {
    /// The file.
    public var path: String
    /// Why, one line each.
    public var reasons: [String]
  }

  /// Files stored (new, changed or unchanged), in path order.
  public var items: [Item] = []
  /// Files refused.
  public var failures: [Failure] = []

  /// Loads, lints and imports every `*.md` under `paths`. Each file is its own transaction:
  /// a file with a lint error fails alone and leaves the others to import. `known` are the
  /// SOPs already in the library (the store's), by id: links and `translation_of` may name
  /// them, and with them the library is complete, so a link to an SOP in neither is an error.
  /// Without `known` the files are linted alone, as `sop lint` does.
  public static func run(
    _ paths: [String], into store: any SOPRepository, by actor: Signer, known: [String: SOPDocument]? = nil
  ) -> LibraryImport {
    let library = SOPLibrary.load(paths)
    let findings = SOPLinter.lint(library, knowing: known).filter { $0.severity == .error }
    let errorsByPath = Dictionary(grouping: findings, by: \.path)
    var report = LibraryImport()
    for (path, errors) in errorsByPath where !library.documents.contains(where: { $0.path == path }) {
      report.failures.append(Failure(path: path, reasons: errors.map(\.formatted)))
    }
    for document in library.documents {
      if let errors = errorsByPath[document.path] {
        report.failures.append(Failure(path: document.path, reasons: errors.map(\.formatted)))
        continue
      }
      guard let candidate = RevisionCandidate(document: document) else {
        report.failures.append(
          Failure(path: document.path, reasons: ["\(document.path): front matter is incomplete"]))
        continue
      }
      do {
        let outcome = try store.importRevision(candidate, by: actor)
        report.items.append(Item(path: document.path, sopID: candidate.sopID, outcome: outcome))
      } catch {
        report.failures.append(
          Failure(path: document.path, reasons: ["\(document.path): \(error.localizedDescription)"]))
      }
    }
    report.failures.sort { $0.path < $1.path }
    return report
  }

  /// `N new, N changed, N unchanged, N failed`.
  public var summary: String {
    var counts = (new: 0, changed: 0, unchanged: 0)
    for item in items {
      switch item.outcome {
      case .new: counts.new += 1
      case .changed: counts.changed += 1
      case .unchanged: counts.unchanged += 1
      }
    }
    return
      "\(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged, \(failures.count) failed"
  }
}

extension RevisionCandidate {
  /// The candidate for a parsed document; nil when its front matter is incomplete.
  public init?(document: SOPDocument) {
    guard let metadata = document.metadata else { return nil }
    self.init(
      sopID: metadata.id, title: metadata.title, owner: metadata.owner, approvers: metadata.approvers,
      reviewEveryMonths: metadata.reviewEveryMonths, language: metadata.language.rawValue,
      translationOf: metadata.translationOf, effective: metadata.effective, content: document.text,
      sourcePath: document.path)
  }
}
