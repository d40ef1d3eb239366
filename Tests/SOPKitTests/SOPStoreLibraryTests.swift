import Foundation
import TestSupport
import Testing

@testable import SOPKit

@Suite struct SOPStoreLibraryTests {
  typealias F = StoreFixture

  @Test func inForceLatestTranslationsAndStamp() throws {
    let store = try F.store()
    #expect(try store.revisionStamp() == 0)
    try F.approve(F.english(), in: store)
    try F.approve(
      F.spanish(), in: store, id: "COL-004-ES", approvers: ["ar-team-lead"], language: "es",
      translationOf: "COL-004")
    let stamp = try store.revisionStamp()
    _ = try store.importRevision(F.candidate(F.english(purpose: "Changed purpose.")), by: F.author)
    #expect(try store.revisionStamp() > stamp)
    #expect(try store.revisionsInForce().map(\.number) == ["1.0", "1.0"])
    let latest = try store.latestRevisions()
    #expect(latest.map(\.revision.sopID) == ["COL-004", "COL-004-ES"])
    #expect(latest.map(\.state) == [.draft, .effective])
    #expect(latest[1].signatures.contains { $0.meaning == .approval })
    #expect(try store.pageRevision("COL-004").revision.number == "1.0")
    #expect(try store.pageRevision("COL-004", number: RevisionNumber("1.1")).state == .draft)
    #expect(throws: StoreError.self) { try store.pageRevision("COL-099") }
    #expect(try store.translationIndex() == ["COL-004": ["COL-004-ES"]])
  }

  @Test func fragmentSendsSOPLinksWhereAsked() {
    let text = "---\nid: COL-001\n---\n# T\n\nSee [disputes](sop:COL-004#log) and [x](https://e.example).\n"
    let document = SOPDocument.parse(SourceFile(path: "t.md", text: text)).document
    let html = SOPRenderer.fragment(document) { "/sops/\($0.id)" + ($0.anchor.map { "#\($0)" } ?? "") }
    #expect(html.contains(#"<a href="/sops/COL-004#log">disputes</a>"#))
    #expect(html.contains(#"<a href="https://e.example">x</a>"#))
  }
}
