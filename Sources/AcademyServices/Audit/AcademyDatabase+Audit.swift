import AuditTrail
import SOPKit

/// Checks every e-signature against the revision it signs (the SOP store does).
public protocol SignatureVerifying: Sendable {
  /// One line per signature that does not match.
  func verifySignatures() throws -> [String]
}

extension SOPStore: SignatureVerifying {}

extension AcademyDatabase {
  /// The audit trail's use cases over this database.
  public var audit: AuditRecords {
    AuditRecords(trail: AuditStore(reader: pool), signatures: store, clock: clock)
  }
}
