import AuditTrail
import Foundation

/// Turns training facts into xAPI statements: `passed`/`failed` for attempts, an academy
/// `acknowledged` verb for acknowledgements, and `completed` for signed-off items and
/// finished plans. Verb and category IRIs are the ADL and cmi5 ones.
public struct XAPIExporter: Sendable {
  /// ADL verb: passed.
  public static let passed = "http://adlnet.gov/expapi/verbs/passed"
  /// ADL verb: failed.
  public static let failed = "http://adlnet.gov/expapi/verbs/failed"
  /// ADL verb: completed.
  public static let completed = "http://adlnet.gov/expapi/verbs/completed"
  /// The cmi5 context category.
  public static let cmi5Category = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
  /// The cmi5 moveOn category.
  public static let moveOnCategory = "https://w3id.org/xapi/cmi5/context/categories/moveon"

  /// The academy's address: account home page and the root of activity IRIs.
  public var homePage: String
  /// Printed names by user name.
  public var printedNames: [String: String]
  /// SOP titles by id.
  public var sopTitles: [String: String]

  /// Creates an exporter.
  public init(homePage: String, printedNames: [String: String] = [:], sopTitles: [String: String] = [:]) {
    var home = homePage
    while home.hasSuffix("/") { home.removeLast() }
    self.homePage = home
    self.printedNames = printedNames
    self.sopTitles = sopTitles
  }

  /// The academy verb for an acknowledgement (no ADL verb means "signed as read").
  public var acknowledgedVerb: String { "\(homePage)/xapi/verbs/acknowledged" }

  /// The statement for an acknowledgement.
  public func statement(for ack: Acknowledgement, registration: Int64?) -> XAPIStatement {
    XAPIStatement(
      id: Self.uuid("ack:\(ack.id ?? 0):\(ack.trainee):\(ack.sopID):\(ack.revisionHash)"),
      actor: actor(ack.trainee),
      verb: .init(id: acknowledgedVerb, display: ["en-US": "acknowledged"]),
      object: activity("sop/\(ack.sopID)", name: sopTitles[ack.sopID] ?? ack.sopID, type: "sop"),
      result: .init(completion: true),
      context: .init(
        registration: registration.map { Self.uuid("assignment:\($0)") }, revision: ack.revisionNumber,
        extensions: [extensionKey: [ack.sopID: ack.revisionNumber]]),
      timestamp: ack.signedAt)
  }

  /// The statement for a scored attempt: `passed` or `failed` by the scorer's verdict.
  public func statement(for attempt: Attempt, registration: Int64?) -> XAPIStatement {
    let scaled = min(max(attempt.score / 100, 0), 1)
    let single = attempt.sopRevisions.count == 1 ? attempt.sopRevisions.values.first : nil
    return XAPIStatement(
      id: Self.uuid(
        "attempt:\(attempt.id ?? 0):\(attempt.trainee):\(attempt.scenarioID):\(attempt.finishedAt)"),
      actor: actor(attempt.trainee),
      verb: attempt.passed
        ? .init(id: Self.passed, display: ["en-US": "passed"])
        : .init(id: Self.failed, display: ["en-US": "failed"]),
      object: activity("scenario/\(attempt.scenarioID)", name: attempt.scenarioID, type: "scenario"),
      result: .init(
        score: .init(scaled: scaled, raw: attempt.score, min: 0, max: 100), success: attempt.passed,
        completion: true, duration: Self.duration(from: attempt.startedAt, to: attempt.finishedAt)),
      context: .init(
        registration: registration.map { Self.uuid("assignment:\($0)") }, revision: single,
        contextActivities: .init(category: [.init(id: Self.cmi5Category), .init(id: Self.moveOnCategory)]),
        extensions: [extensionKey: attempt.sopRevisions]),
      timestamp: attempt.finishedAt)
  }

  /// `completed` for a signed-off item.
  public func statement(forSignOff item: TrainingItem, assignment: Assignment) -> XAPIStatement? {
    guard item.kind == .signOff, let signedAt = item.signedAt, let assignmentID = assignment.id else {
      return nil
    }
    return XAPIStatement(
      id: Self.uuid("signoff:\(item.id ?? 0)"), actor: actor(assignment.trainee),
      verb: .init(id: Self.completed, display: ["en-US": "completed"]),
      object: activity(
        "plan/\(assignment.templateID)/item/\(item.key)", name: item.text ?? item.key, type: "plan-item"),
      result: .init(completion: true),
      context: .init(
        registration: Self.uuid("assignment:\(assignmentID)"),
        contextActivities: .init(category: [.init(id: Self.cmi5Category), .init(id: Self.moveOnCategory)])),
      timestamp: signedAt)
  }

  /// `completed` for a plan whose items are all done, at the last completion.
  public func statement(forCompleted progress: TraineeProgress) -> XAPIStatement? {
    guard let assignmentID = progress.assignment.id, !progress.items.isEmpty,
      progress.items.allSatisfy(\.isDone), let last = progress.items.compactMap(\.completedOn).max()
    else { return nil }
    return XAPIStatement(
      id: Self.uuid("plan:\(assignmentID)"), actor: actor(progress.assignment.trainee),
      verb: .init(id: Self.completed, display: ["en-US": "completed"]),
      object: activity(
        "plan/\(progress.assignment.templateID)", name: progress.assignment.title, type: "plan"),
      result: .init(completion: true, duration: nil),
      context: .init(
        registration: Self.uuid("assignment:\(assignmentID)"),
        contextActivities: .init(category: [.init(id: Self.cmi5Category), .init(id: Self.moveOnCategory)])),
      timestamp: "\(last.iso)T00:00:00.000Z")
  }

  /// One statement per line, keys sorted.
  public static func ndjson(_ statements: [XAPIStatement]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try statements.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
  }

  var extensionKey: String { "\(homePage)/xapi/extensions/sop-revisions" }

  func actor(_ name: String) -> XAPIStatement.Actor {
    .init(name: printedNames[name], account: .init(homePage: homePage, name: name))
  }

  func activity(_ path: String, name: String, type: String) -> XAPIStatement.Activity {
    .init(
      id: "\(homePage)/\(path)",
      definition: .init(name: ["en-US": name], type: "\(homePage)/xapi/activity-types/\(type)"))
  }

  /// `PT1H2M3S` between two UTC timestamps; nil when either is unreadable or they run backwards.
  static func duration(from start: String, to end: String) -> String? {
    guard let from = Date(utcTimestamp: start), let to = Date(utcTimestamp: end), to >= from else {
      return nil
    }
    let seconds = Int(to.timeIntervalSince(from).rounded())
    let hours = seconds / 3600
    let minutes = seconds % 3600 / 60
    let rest = seconds % 60
    var text = "PT"
    if hours > 0 { text += "\(hours)H" }
    if minutes > 0 { text += "\(minutes)M" }
    if rest > 0 || text == "PT" { text += "\(rest)S" }
    return text
  }

  /// A deterministic UUID (RFC 9562 version 8) from two FNV-1a hashes of `key`.
  static func uuid(_ key: String) -> String {
    func fnv(_ seed: UInt64) -> UInt64 {
      var hash = seed
      for byte in key.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      return hash
    }
    var high = fnv(0xcbf2_9ce4_8422_2325)
    var low = fnv(0x8422_2325_cbf2_9ce4)
    high = (high & ~0xF000) | 0x8000  // version 8
    low = (low & ~(0xC000 << 48)) | (0x8000 << 48)  // RFC variant
    let hex = String(format: "%016llx%016llx", high, low)
    let chars = Array(hex)
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
    return groups.joined(separator: "-")
  }
}
