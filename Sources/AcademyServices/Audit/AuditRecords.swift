import AuditTrail
import Foundation
import SOPKit

/// The audit trail's use cases: verify it (with the SOP signatures it vouches for), sign its
/// head as a checkpoint, and list its entries.
public struct AuditRecords: Sendable {
  let trail: any AuditRepository
  let signatures: any SignatureVerifying
  let clock: TimeSource

  /// What `verify` found: the chain and records, and each signature that does not match.
  public struct Report: Sendable {
    /// The chain and the records it seals.
    public var trail: AuditVerification
    /// One line per e-signature that does not match its revision.
    public var signatureProblems: [String]
    /// Whether nothing is wrong.
    public var isIntact: Bool { trail.isIntact && signatureProblems.isEmpty }
  }

  /// Recomputes the chain, the sealed records and the e-signatures; with `checkpoint`, also
  /// proves nothing was cut off or rebuilt since it was taken.
  public func verify(checkpoint: AuditCheckpoint? = nil) throws -> Report {
    Report(
      trail: try trail.verify(checkpoint: checkpoint), signatureProblems: try signatures.verifySignatures())
  }

  /// The chain's head now, signed with the audit key.
  public func checkpoint() throws -> AuditCheckpoint {
    try trail.checkpoint(at: clock.now())
  }

  /// Entries oldest first: all, or those about SOP `sop` and its revisions.
  public func entries(sop: String? = nil) throws -> [AuditEntry] {
    try trail.entries(subject: sop.map { "sop:\($0)" })
  }
}
