/// One SOP file, parsed: metadata from the front matter, the Markdown body, its outline,
/// links and standard process, and what was wrong while reading them.
public struct SOPDocument: Sendable {
  /// The file as the user named it.
  public let path: String
  /// The whole text of the file.
  public let text: String
  /// Validated metadata; nil when the front matter is missing or has errors.
  public let metadata: SOPMetadata?
  /// Whether the file starts with a front-matter block.
  public let hasFrontMatter: Bool
  /// The Markdown body (front matter removed), positions counted in the whole file.
  public let body: MarkdownNode
  /// Lines of front matter before the body.
  public let bodyLineOffset: Int
  /// Every heading in order, with its anchor.
  public let outline: Outline
  /// Every link in order.
  public let links: [DocumentLink]
  /// The standard process; nil when the SOP has no `process` block or its YAML is unusable.
  public let process: ProcessSpec?

  let partialMetadata: PartialMetadata
  let frontMatterProblems: [FrontMatterProblem]
  let processProblems: [ProcessProblem]
  let markdownError: MarkdownError?

  /// Parses a file. Never fails: problems come back as findings (rules `front-matter`,
  /// `front-matter-missing`, `process`, `markdown`) and the body renders whatever they are.
  public static func parse(_ file: SourceFile) -> (document: SOPDocument, findings: [Finding]) {
    let document = SOPDocument(file)
    return (document, ParseRules.findings(for: document))
  }

  private init(_ file: SourceFile) {
    path = file.path
    text = file.text
    let split = FrontMatterBlock.split(file.text)
    hasFrontMatter = split.block != nil
    bodyLineOffset = split.bodyLineOffset
    let frontMatter = split.block.map(FrontMatterParser.parse)
    metadata = frontMatter?.metadata
    partialMetadata = frontMatter?.partial ?? PartialMetadata()
    frontMatterProblems = frontMatter?.problems ?? []
    var parsedBody = MarkdownNode(.document)
    var error: MarkdownError?
    do {
      parsedBody = try MarkdownParser.parse(String(split.body), lineOffset: split.bodyLineOffset)
    } catch let failure {
      error = failure
    }
    body = parsedBody
    markdownError = error
    let scan = DocumentScanner.scan(parsedBody)
    outline = Outline(parsedBody)
    links = scan.links
    (process, processProblems) = SOPDocument.readProcess(scan.processBlocks, outline: outline)
  }

  private static func readProcess(
    _ blocks: [DocumentScanner.ProcessBlock], outline: Outline
  ) -> (ProcessSpec?, [ProcessProblem]) {
    guard let first = blocks.first else { return (nil, []) }
    let parsed = ProcessParser.parse(first.literal, fence: first.fence)
    var problems = parsed.problems
    if parsed.spec != nil {
      problems += ProcessValidator.validate(parsed, anchors: Set(outline.entries.map(\.slug)))
    }
    for extra in blocks.dropFirst() {
      problems.append(ProcessProblem(kind: .duplicateBlock(first: first.fence.line), position: extra.fence))
    }
    return (parsed.spec, problems.sorted { $0.position < $1.position })
  }
}

extension SOPDocument {
  /// The id from the front matter, even when other keys are wrong.
  public var id: String? { partialMetadata.id }
  /// The title from the front matter, else the first heading, else the file name.
  public var title: String {
    partialMetadata.title ?? outline.entries.first?.text ?? String(path.split(separator: "/").last ?? "")
  }
  /// The declared language (English when not declared).
  public var language: SOPLanguage { partialMetadata.language ?? .en }
  /// The id of the SOP this one translates, if declared.
  public var translationOf: String? { partialMetadata.translationOf }
  /// Tags from the front matter.
  public var tags: [String] { partialMetadata.tags }
  /// Whether the process block (if any) passed validation; scoring must refuse it otherwise.
  public var processIsValid: Bool {
    process != nil && !processProblems.contains { ProcessRule.severity(of: $0.kind) == .error }
  }
  /// Anchors of every heading.
  public var anchors: Set<String> { Set(outline.entries.map(\.slug)) }
}
