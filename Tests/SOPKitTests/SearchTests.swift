import Foundation
import TestSupport
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

  /// Runs once the shipped library is merged: import it all, approve every SOP, search both languages.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: ChangeClassifierTests.shipped.path)))
  func searchesTheShippedLibrary() throws {
    let store = try F.store()
    let report = LibraryImport.run([ChangeClassifierTests.shipped.path], into: store, by: F.author)
    #expect(report.failures.isEmpty, "\(report.failures)")
    for item in report.items {
      try store.submit(item.sopID, SubmitRequest(), by: F.author)
      for entry in try store.revision(item.sopID).revision.approverList {
        let signer = Signer(userName: "\(entry)-user", printedName: entry, roles: ["approver", entry])
        try store.sign(item.sopID, .approve, seen: nil, comment: nil, by: signer)
      }
      #expect(try store.revision(item.sopID).state == .effective, "\(item.sopID)")
    }
    let spanish = try store.search("gestion", language: "es")
    #expect(!spanish.isEmpty)
    #expect(spanish.allSatisfy { $0.language == "es" && $0.sopID.hasSuffix("-ES") })
    let english = try store.search("disput", language: "en")
    #expect(english.contains { $0.sopID == "COL-004" })
    #expect(english.allSatisfy { $0.language == "en" })
  }
}
