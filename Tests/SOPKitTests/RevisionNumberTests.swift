import Testing

@testable import SOPKit

@Suite struct RevisionNumberTests {
  @Test func draftsCountMinorsAndApprovalPromotes() throws {
    #expect(RevisionNumber.first.description == "0.1")
    #expect(RevisionNumber.first.nextDraft.description == "0.2")
    #expect(try #require(RevisionNumber("0.2")).approved.description == "1.0")
    #expect(try #require(RevisionNumber("1.0")).nextDraft.description == "1.1")
    #expect(try #require(RevisionNumber("1.2")).approved.description == "2.0")
  }

  @Test func parsingRefusesJunk() {
    for text in ["", "1", "1.", ".1", "a.b", "1.2.3", "-1.0", "1.0 "] {
      #expect(RevisionNumber(text) == nil, "\(text)")
    }
  }
}
