import Foundation

/// What a caller asks the audit trail to record: who did what to which subject, with the
/// values before and after as canonical JSON (sorted keys), so earlier values are kept.
public struct AuditEvent: Sendable, Hashable {
  /// The user name of the person acting (`system` for automatic changes).
  public var actor: String
  /// A dotted verb, e.g. `sop.import`, `revision.approve`, `user.add`.
  public var action: String
  /// What changed, e.g. `sop:COL-004`, `user:ana`.
  public var subject: String
  /// JSON of the state before the change; nil when the subject did not exist.
  public var before: String?
  /// JSON of the state after the change; nil when the subject was removed.
  public var after: String?

  /// Creates an event from JSON texts already made.
  public init(actor: String, action: String, subject: String, before: String?, after: String?) {
    self.actor = actor
    self.action = action
    self.subject = subject
    self.before = before
    self.after = after
  }

  /// Creates an event, encoding `before` and `after` as canonical JSON.
  public init(
    actor: String, action: String, subject: String, before: (some Encodable)?, after: (some Encodable)?
  ) throws {
    var beforeJSON: String?
    var afterJSON: String?
    if let before { beforeJSON = try AuditEvent.canonicalJSON(before) }
    if let after { afterJSON = try AuditEvent.canonicalJSON(after) }
    self.init(actor: actor, action: action, subject: subject, before: beforeJSON, after: afterJSON)
  }

  /// Encodes `value` with sorted keys and no extra whitespace, so equal values hash equally.
  public static func canonicalJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(date.utcTimestamp)
    }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
