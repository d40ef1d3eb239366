import AuditTrail
import Foundation
import GRDB

@testable import SOPKit

/// Small SOPs and an in-memory store for the store, search and classification tests.
enum StoreFixture {
  static let author = Signer(userName: "ana", printedName: "Ana López", roles: ["author"])
  static let lead = Signer(userName: "lea", printedName: "Lea Díaz", roles: ["approver", "ar-team-lead"])
  static let manager = Signer(
    userName: "max", printedName: "Max Ruiz", roles: ["approver", "manager", "ar-manager"])

  static func migrator() -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    AuditLog.registerMigrations(in: &migrator)
    SOPStore.registerMigrations(in: &migrator)
    return migrator
  }

  static func store(day: String = "2026-03-02") throws -> SOPStore {
    let queue = try DatabaseQueue()
    try migrator().migrate(queue)
    return SOPStore(writer: queue, clock: clock(day))
  }

  static func clock(_ day: String) -> TimeSource {
    .fixed(Date(utcTimestamp: "\(day)T09:00:00.000Z") ?? Date(timeIntervalSince1970: 0))
  }

  static func english(
    purpose: String = "How the team handles disputes.", procedure: String = "Log every dispute the same day.",
    stepTitle: String = "Log the dispute", within: Int = 1
  ) -> String {
    """
    ---
    id: COL-004
    title: Dispute management
    owner: olga
    approvers: [ar-team-lead, ar-manager]
    review_every_months: 12
    language: en
    ---
    # Dispute management

    ## Purpose

    \(purpose)

    ## Procedure

    \(procedure)

    ```process
    steps:
      - id: log-dispute
        title: \(stepTitle)
        action: log_dispute
        within: {days: \(within), of: dispute_raised}
        section: procedure
    ```

    ## Records

    The dispute log.

    """
  }

  static func spanish() -> String {
    """
    ---
    id: COL-004-ES
    title: Gestión de disputas
    owner: olga
    approvers: [ar-team-lead]
    review_every_months: 12
    language: es
    translation_of: COL-004
    ---
    # Gestión de disputas

    ## Objetivo

    Cómo el equipo registra las disputas y la gestión de cobros.

    ## Procedimiento

    Registrar la disputa el mismo día con su código de motivo.

    """
  }

  static func candidate(
    _ content: String, id: String = "COL-004", language: String = "en",
    approvers: [String] = ["ar-team-lead", "ar-manager"], translationOf: String? = nil
  ) -> RevisionCandidate {
    RevisionCandidate(
      sopID: id, title: id, owner: "olga", approvers: approvers, reviewEveryMonths: 12, language: language,
      translationOf: translationOf, content: content, sourcePath: "\(id).md")
  }

  /// Imports, submits and fully approves `content`; returns the approved revision.
  @discardableResult
  static func approve(
    _ content: String, in store: SOPStore, id: String = "COL-004",
    approvers: [String] = ["ar-team-lead", "ar-manager"], language: String = "en",
    translationOf: String? = nil
  ) throws -> StoredRevision {
    _ = try store.importRevision(
      candidate(content, id: id, language: language, approvers: approvers, translationOf: translationOf),
      by: author)
    try store.submit(id, SubmitRequest(), by: author)
    var last = try store.sign(id, .approve, seen: nil, comment: nil, by: lead)
    if approvers.count > 1 { last = try store.sign(id, .approve, seen: nil, comment: nil, by: manager) }
    return last
  }
}
