/// `duplicate-id`: an id names one SOP in a library. Every file after the first that uses
/// an id gets a finding pointing to the first.
struct DuplicateIDRule: LibraryRule {
  static let id = "duplicate-id"

  func check(_ documents: [SOPDocument]) -> [Finding] {
    var first: [String: SOPDocument] = [:]
    var findings: [Finding] = []
    for document in documents {
      guard let id = document.id else { continue }
      guard let original = first[id] else {
        first[id] = document
        continue
      }
      findings.append(
        Finding(
          path: document.path, line: document.partialMetadata.idLine ?? 1, severity: .error,
          message: DuplicateIDRule.message(id, original), rule: DuplicateIDRule.id))
    }
    return findings
  }

  static func message(_ id: String, _ original: SOPDocument) -> String {
    "id \(id) is already used by \(original.path):\(original.partialMetadata.idLine ?? 1); give each SOP its own id"
  }
}
