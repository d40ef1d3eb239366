import AuditTrail
import Foundation
import People
import SOPKit
import TestSupport
import Testing

@testable import AcademyServices

/// The library's use cases (AcademyServices `Library`) over a demo-seeded data folder: the
/// shipped SOPs in force, the demo team.
@Suite struct LibraryTests {
  static let root = CaseScoreCommandTests.root
  static let clock = TimeSource.fixed(Date(utcTimestamp: "2026-03-02T09:00:00.000Z") ?? Date())

  /// A demo-seeded database in a fresh folder, and that folder.
  static func seeded() async throws -> (AcademyDatabase, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("academy-library-\(UUID())")
    let database = try AcademyDatabase.open(folder: folder.path, clock: clock)
    let content = ContentFolders(sops: "\(root)/sops", scenarios: "\(root)/scenarios", plans: "\(root)/plans")
    let outcome = try #require(
      try await DemoSeed(database: database, content: content).seedIfEmpty(
        password: { "Library-Fixture-Pass-2026" }, oneTime: false))
    #expect(outcome.problems.isEmpty, "\(outcome.problems)")
    return (database, folder)
  }

  /// `text` written as the only SOP of a new folder inside `folder`.
  static func folder(holding text: String, named name: String, in folder: URL) throws -> String {
    let library = folder.appendingPathComponent("import-\(UUID())")
    try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
    try text.write(to: library.appendingPathComponent(name), atomically: true, encoding: .utf8)
    return library.path
  }

  static func shipped(_ file: String) throws -> String {
    try String(contentsOfFile: "\(root)/sops/\(file)", encoding: .utf8)
  }

  @Test func theDemoSeedPutsTheShippedLibraryInForceThroughTheUseCases() async throws {
    let (database, folder) = try await Self.seeded()
    defer { try? FileManager.default.removeItem(at: folder) }
    let listings = try database.library.list()
    #expect(listings.count == 19)
    #expect(listings.allSatisfy { $0.latest.state == .effective && $0.current == "1.0" })
    // Every approval was signed by an approver the SOP waited for, never by its author.
    for listing in listings {
      let view = try database.library.show(listing.sopID)
      let approvals = view.signatures.filter { $0.meaning == .approval }
      #expect(!approvals.isEmpty)
      #expect(
        approvals.allSatisfy { $0.userName != view.revision.author && $0.userName != view.revision.owner })
    }
    #expect(try await DemoSeed(database: database, content: ContentFolders()).seedIfEmpty() == nil)
  }

  @Test func importingOneChangedSOPLintsItsLinksAgainstTheLibraryInForce() async throws {
    let (database, folder) = try await Self.seeded()
    defer { try? FileManager.default.removeItem(at: folder) }
    let author = try database.library.actor(named: "luis.garcia")
    // COL-002 links to COL-001, -003, -004, -007, -008 and -009: none of them is in the folder.
    let text = try Self.shipped("col-002-customer-contact.md").replacingOccurrences(
      of: "## Purpose\n\n", with: "## Purpose\n\nEvery contact is logged the same day.\n\n")
    let alone = try Self.folder(holding: text, named: "col-002.md", in: folder)
    #expect(
      SOPLinter.lint(SOPLibrary.load([alone])).contains { $0.rule == "unknown-sop" && $0.severity == .error })
    let report = try await database.library.importFiles([alone], by: author)
    #expect(report.failures.isEmpty, "\(report.failures)")
    #expect(report.summary == "0 new, 1 changed, 0 unchanged, 0 failed")

    // A translation imported alone finds its source in the store.
    let spanish = try Self.shipped("es/col-004-es-gestion-de-disputas.md").replacingOccurrences(
      of: "\n## Objetivo\n\n", with: "\n## Objetivo\n\nToda disputa se registra el mismo día.\n\n")
    let translation = try Self.folder(holding: spanish, named: "col-004-es.md", in: folder)
    let translated = try await database.library.importFiles([translation], by: author)
    #expect(translated.failures.isEmpty, "\(translated.failures)")

    // A link to an SOP in neither the folder nor the store is still an error, also for a file.
    let broken = text.replacingOccurrences(of: "sop:COL-009", with: "sop:COL-099")
    let file = try Self.folder(holding: broken, named: "col-002.md", in: folder) + "/col-002.md"
    let refused = try await database.library.importFiles([file], by: author)
    #expect(refused.items.isEmpty)
    let reasons = try #require(refused.failures.first?.reasons)
    #expect(reasons.contains { $0.contains("error: link to SOP COL-099, which is not in the library") })
  }

  @Test func anObsoleteSOPIsNoLongerATargetForLinks() async throws {
    let (database, folder) = try await Self.seeded()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manager = try database.library.actor(named: "javier.moreno")
    try database.library.obsolete(
      "COL-007", seen: nil, reason: "Replaced by the payment plan policy", by: manager)
    let lint = try await database.library.lint(
      "COL-002", text: try Self.shipped("col-002-customer-contact.md"))
    #expect(lint.findings.contains { $0.rule == "unknown-sop" && $0.message.contains("COL-007") })
    #expect(lint.findings.allSatisfy { !$0.message.contains("COL-009") })
  }

  @Test func draftsAreRefusedWhenStaleLintyOrForAnotherSOP() async throws {
    let (database, folder) = try await Self.seeded()
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = database.library
    let author = try library.actor(named: "luis.garcia")
    let text = try Self.shipped("col-002-customer-contact.md")
    await #expect(throws: LibraryError.stale(sopID: "COL-002", seen: "0.1", latest: "1.0")) {
      try await library.saveDraft("COL-002", text: text, seen: "0.1", by: author)
    }
    await #expect(throws: LibraryError.idMismatch(found: "COL-002", expected: "COL-006")) {
      try await library.saveDraft("COL-006", text: text, seen: nil, by: author)
    }
    let broken = text.replacingOccurrences(of: "## Scope", with: "## Reach")
    do {
      _ = try await library.saveDraft("COL-002", text: broken, seen: "1.0", by: author)
      Issue.record("a draft without a Scope section was stored")
    } catch LibraryError.lintErrors(let findings) {
      #expect(findings.contains { $0.rule == "required-section" && $0.severity == .error })
    }
    #expect(try library.latestNumber("COL-002").description == "1.0")
    let same = try await library.saveDraft("COL-002", text: text, seen: "1.0", by: author)
    #expect(same == .unchanged(number: "1.0"))
  }

  @Test func theQueueAndTheFormOfferWhatTheWorkflowAllows() async throws {
    let (database, folder) = try await Self.seeded()
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = database.library
    try database.people.add(
      name: "max.manager", fullName: "Max Manager", roles: [.manager], password: "Library-Fixture-Pass-2026",
      by: "admin")
    let author = try library.actor(named: "luis.garcia")
    let text = try Self.shipped("col-002-customer-contact.md").replacingOccurrences(
      of: "## Purpose\n\n", with: "## Purpose\n\nEvery contact is logged the same day.\n\n")
    _ = try await library.saveDraft("COL-002", text: text, seen: "1.0", by: author)
    let marta = try library.actor(named: "marta.lopez")
    let javier = try library.actor(named: "javier.moreno")
    #expect(Library.maySubmit(try library.show("COL-002"), by: author))
    #expect(!Library.maySubmit(try library.show("COL-002"), by: javier))
    try library.submit(
      "COL-002", SubmitRequest(seen: RevisionNumber("1.1"), note: "Same-day logging"), by: author)
    #expect(!Library.maySubmit(try library.show("COL-002"), by: author))

    let max = try library.actor(named: "max.manager")
    #expect(try library.queue(for: author).isEmpty)
    #expect(try library.queue(for: max).isEmpty)
    let waiting = try #require(try library.queue(for: marta).first { $0.view.revision.sopID == "COL-002" })
    #expect(waiting.missing == ["ar-team-lead", "ar-manager"])
    #expect(try library.review("COL-002", for: author).actions.isEmpty)
    #expect(try library.review("COL-002", for: max).actions == [.reject, .review])
    #expect(try library.review("COL-002", for: marta).actions == [.approve, .reject, .review])
    #expect(try library.review("COL-002", for: marta).inForce?.number == "1.0")

    try library.sign("COL-002", .approve, seen: RevisionNumber("1.1"), comment: nil, by: marta)
    #expect(try library.queue(for: marta).allSatisfy { $0.view.revision.sopID != "COL-002" })
    #expect(
      try library.queue(for: javier).first { $0.view.revision.sopID == "COL-002" }?.missing == ["ar-manager"])
    #expect(throws: StoreError.missingText(field: "the comment saying why it is rejected")) {
      try library.sign("COL-002", .reject, seen: nil, comment: "  ", by: javier)
    }
    #expect(throws: LibraryError.notASignature(.submit)) {
      try library.sign("COL-002", .submit, seen: nil, comment: nil, by: javier)
    }
    try library.sign("COL-002", .reject, seen: RevisionNumber("1.1"), comment: "Say which log.", by: javier)
    let desk = try library.desk(of: "luis.garcia")
    #expect(desk.drafts.map(\.revision.sopID).contains("COL-002"))
    #expect(desk.rejections.map(\.signature.comment) == ["Say which log."])
  }

  @Test func readersSeeWorkInProgressOnlyAsAuthorsOrApprovers() async throws {
    let (database, folder) = try await Self.seeded()
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = database.library
    let author = try library.actor(named: "luis.garcia")
    let text = try Self.shipped("col-002-customer-contact.md").replacingOccurrences(
      of: "## Purpose\n\n", with: "## Purpose\n\nEvery contact is logged the same day.\n\n")
    _ = try await library.saveDraft("COL-002", text: text, seen: "1.0", by: author)
    let trainee: Set<String> = ["trainee"]
    #expect(try library.history("COL-002", readableBy: trainee).map(\.revision.number) == ["1.0"])
    #expect(try library.history("COL-002", readableBy: ["author"]).map(\.revision.number) == ["1.0", "1.1"])
    #expect(try library.read("COL-002", roles: trainee).revision.number == "1.0")
    #expect(throws: StoreError.self) {
      try library.read("COL-002", number: RevisionNumber("1.1"), roles: trainee)
    }
    #expect(try library.catalogue(roles: trainee).allSatisfy { !$0.showsWork })
    #expect(
      try library.catalogue(roles: ["approver"]).first { $0.listing.sopID == "COL-002" }?.showsWork == true)
  }
}
