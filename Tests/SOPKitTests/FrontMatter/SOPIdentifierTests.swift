import Testing

@testable import SOPKit

@Suite struct SOPIdentifierTests {
  @Test(arguments: ["COL-004", "QMS-001", "COL-004-ES", "AB-123", "ABCDE-999"])
  func validIDs(_ id: String) {
    #expect(SOPIdentifier.isValid(id))
  }

  @Test(arguments: [
    "col-004", "C-004", "ABCDEF-004", "COL-04", "COL-004-E", "COL-004-es", "COL004", "", "ÇOL-004",
  ])
  func invalidIDs(_ id: String) {
    #expect(!SOPIdentifier.isValid(id))
  }

  @Test func suggestionsFromFileNames() {
    #expect(SOPIdentifier.suggestion(fromFileName: "sops/col-004-disputes.md") == "COL-004")
    #expect(SOPIdentifier.suggestion(fromFileName: "col-004-es-disputas.md") == "COL-004-ES")
    #expect(SOPIdentifier.suggestion(fromFileName: "dispute handling.md") == "DISPUTE-HANDLING")
  }

  @Test func sourceOfATranslation() {
    #expect(SOPIdentifier.sourceID(ofTranslation: "COL-004-ES") == "COL-004")
    #expect(SOPIdentifier.sourceID(ofTranslation: "COL-004") == nil)
  }
}
