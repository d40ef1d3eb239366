import Testing

@testable import SOPKit

@Suite struct SearchTests {
  typealias F = StoreFixture

  func library() throws -> SOPStore {
    let store = try F.store()
    try F.approve(F.english(), in: store)
    try F.approve(
      F.spanish(), in: store, id: "COL-004-ES", approvers: ["ar-team-lead"], language: "es",
      translationOf: "COL-004")
    return store
  }

  @Test func accentAndCaseInsensitiveSpanish() throws {
    let hits = try library().search("GESTION", language: "es")
    #expect(hits.map(\.sopID).allSatisfy { $0 == "COL-004-ES" })
    #expect(hits.contains { $0.slug == "objetivo" && $0.snippet.contains("«gestión»") })
  }

  @Test func prefixMatchingInEnglish() throws {
    let hits = try library().search("disput", language: "en")
    #expect(!hits.isEmpty)
    #expect(hits.allSatisfy { $0.sopID == "COL-004" && $0.language == "en" })
    #expect(hits.first?.number == "1.0")
  }

  @Test func onlyCurrentRevisionsAreSearched() throws {
    let store = try F.store()
    _ = try store.importRevision(F.candidate(F.english()), by: F.author)
    #expect(try store.search("dispute").isEmpty)
    #expect(try store.search("\"*(").isEmpty)
  }
}
