/// `translation`: `translation_of` names an SOP of the library in another language, the
/// translation's id is the source id plus its language, and the process keeps the source's
/// step ids so a trainee is scored the same way in either language.
struct TranslationRule: DocumentRule {
  static let id = "translation"

  func check(_ document: SOPDocument, in context: LintContext) -> [Finding] {
    let line = document.partialMetadata.idLine ?? 1
    guard let sourceID = document.translationOf else {
      if let id = document.id, let source = SOPIdentifier.sourceID(ofTranslation: id) {
        return [
          finding(document, line: line, .warning, TranslationRule.missingSource(id: id, source: source))
        ]
      }
      return []
    }
    var findings: [Finding] = []
    if let id = document.id, id != "\(sourceID)-\(document.language.rawValue.uppercased())" {
      let expected = "\(sourceID)-\(document.language.rawValue.uppercased())"
      findings.append(
        finding(document, line: line, .warning, TranslationRule.idShape(id: id, expected: expected)))
    }
    guard let source = context.documentsByID[sourceID] else {
      let severity: Finding.Severity = context.libraryIsComplete ? .error : .warning
      findings.append(finding(document, line: line, severity, TranslationRule.unknownSource(sourceID)))
      return findings
    }
    if source.language == document.language {
      findings.append(
        finding(document, line: line, .error, TranslationRule.sameLanguage(sourceID, document.language)))
    }
    if let own = document.process, let original = source.process {
      let mine = Set(own.steps.map(\.id))
      let theirs = Set(original.steps.map(\.id))
      if mine != theirs {
        let message = TranslationRule.stepsDiffer(
          sourceID, missing: theirs.subtracting(mine).sorted(), extra: mine.subtracting(theirs).sorted())
        findings.append(finding(document, line: own.line, .error, message))
      }
    }
    return findings
  }

  static func missingSource(id: String, source: String) -> String {
    "id \(id) looks like a translation; add 'translation_of: \(source)'"
  }

  static func idShape(id: String, expected: String) -> String {
    "a translation's id is the source id plus its language; rename \(id) to \(expected)"
  }

  static func unknownSource(_ id: String) -> String {
    "translation_of names \(id), which is not in the library; fix the id or add the source SOP"
  }

  static func sameLanguage(_ id: String, _ language: SOPLanguage) -> String {
    "translation_of names \(id), which is also in '\(language.rawValue)'; a translation is in another language"
  }

  static func stepsDiffer(_ id: String, missing: [String], extra: [String]) -> String {
    var parts: [String] = []
    if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
    if !extra.isEmpty { parts.append("extra \(extra.joined(separator: ", "))") }
    return "process step ids differ from \(id) (\(parts.joined(separator: "; "))); keep the source's step ids"
  }
}
