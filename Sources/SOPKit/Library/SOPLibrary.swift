import Foundation

/// A set of SOP files loaded from files and folders (folders recursively, `*.md`). A file
/// that cannot be read or parsed becomes a finding naming it; the others still load.
public struct SOPLibrary: Sendable {
  /// The parsed documents, in path order.
  public let documents: [SOPDocument]
  /// Findings from reading and parsing the files (rule `file` for unreadable ones).
  public let findings: [Finding]
  /// Whether every path given was a folder, so the library is the whole set of SOPs.
  public let isComplete: Bool

  /// Creates a library from documents already parsed.
  public init(documents: [SOPDocument], findings: [Finding] = [], isComplete: Bool = true) {
    self.documents = documents.sorted { $0.path < $1.path }
    self.findings = findings
    self.isComplete = isComplete
  }

  /// Loads `paths`: each a Markdown file or a folder searched recursively for `*.md`.
  public static func load(_ paths: [String]) -> SOPLibrary {
    var documents: [SOPDocument] = []
    var findings: [Finding] = []
    var allFolders = !paths.isEmpty
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        findings.append(fileFinding(path, line: 0, "no such file or folder; check the path"))
        allFolders = false
        continue
      }
      if !isFolder.boolValue { allFolders = false }
      let files = isFolder.boolValue ? markdownFiles(in: path) : [path]
      if isFolder.boolValue && path.lowercased().hasSuffix(".md") {
        findings.append(
          fileFinding(path, line: 0, "is a folder, not a Markdown file; name a file or a folder of SOPs"))
        continue
      }
      if files.isEmpty {
        findings.append(fileFinding(path, line: 0, "folder holds no SOP files (*.md); check the path"))
        continue
      }
      for file in files {
        do {
          let (document, parseFindings) = SOPDocument.parse(try SourceFile.read(file))
          documents.append(document)
          findings += parseFindings
        } catch {
          findings.append(fileFinding(error))
        }
      }
    }
    return SOPLibrary(documents: documents, findings: findings, isComplete: allFolders)
  }

  /// The document with `id` (the first one if the id is duplicated).
  public func document(id: String) -> SOPDocument? {
    documents.first { $0.id == id }
  }

  /// Documents that declare `translation_of: id`, by language.
  public func translations(of id: String) -> [SOPDocument] {
    documents.filter { $0.translationOf == id }.sorted { $0.language.rawValue < $1.language.rawValue }
  }

  /// The source and every translation of the SOP `document` belongs to, itself included,
  /// sorted by language: the targets of a language switch.
  public func languageVersions(of document: SOPDocument) -> [SOPDocument] {
    let sourceID = document.translationOf ?? document.id
    guard let sourceID else { return [document] }
    let source = self.document(id: sourceID).map { [$0] } ?? []
    let versions = source + translations(of: sourceID)
    return versions.isEmpty ? [document] : versions.sorted { $0.language.rawValue < $1.language.rawValue }
  }

  /// The context the lint rules see.
  public var lintContext: LintContext {
    var byID: [String: SOPDocument] = [:]
    for document in documents {
      if let id = document.id, byID[id] == nil { byID[id] = document }
    }
    return LintContext(documentsByID: byID, libraryIsComplete: isComplete)
  }

  /// `*.md` entries under `folder` that are not folders, sorted, hidden files and folders
  /// skipped. Whatever is not a readable regular file (a dangling or looping symbolic link,
  /// a named pipe) is listed too, so reading it reports it instead of skipping it silently.
  static func markdownFiles(in folder: String) -> [String] {
    let root = URL(fileURLWithPath: folder)
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
    else { return [] }
    var files: [String] = []
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let rootPath = root.standardizedFileURL.path
    for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
        continue
      }
      // Report paths as the user would type them: the folder given plus the relative path.
      let full = url.standardizedFileURL.path
      let relative =
        full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
      files.append(prefix + relative)
    }
    return files.sorted()
  }

  private static func fileFinding(_ path: String, line: Int, _ message: String) -> Finding {
    Finding(path: path, line: line, severity: .error, message: message, rule: "file")
  }

  private static func fileFinding(_ error: SourceFileError) -> Finding {
    switch error {
    case .unreadable(let path, let reason):
      return fileFinding(
        path, line: 0, "cannot read the file (\(reason)); check that it exists and is readable")
    case .tooLarge(let path, let bytes, let limit):
      return fileFinding(
        path, line: 0, "file is \(bytes / 1_048_576) MiB, over the \(limit / 1_048_576) MiB limit; split it")
    case .invalidUTF8(let path, let line):
      return fileFinding(path, line: line, "file is not valid UTF-8; save it as UTF-8")
    case .nulByte(let path, let line):
      return fileFinding(
        path, line: line, "file contains a NUL byte (binary data?); remove it or save as text")
    }
  }
}
