import Foundation

/// A practice case being worked, stored as what defines it: who works it, the scenario and
/// seed that generate its account, whether it is assessed, the SOP revisions it is scored
/// against and when it started. Its commands are stored beside it, one row each, in order;
/// replaying them on the generated account rebuilds the case exactly (the simulation is
/// deterministic), so a restart or another instance loses nothing.
public struct LiveCase: Sendable, Hashable {
  /// Random id, the `/cases/ID` of the workbench.
  public var id: String
  /// The trainee's user name: nobody else sees the case.
  public var trainee: String
  /// The scenario id.
  public var scenarioID: String
  /// The generator seed.
  public var seed: UInt64
  /// Guided or assessed, decided at the start.
  public var kind: AttemptKind
  /// The revisions of the governing SOPs and of their translations in force at the start.
  public var revisions: [PinnedRevision]
  /// When the case started.
  public var startedAt: Date
  /// The last command, start or finish: a case idle for `Practice.idleLimit` is closed.
  public var lastUsed: Date
  /// How many commands are stored.
  public var commandCount: Int
  /// When it was finished and scored; it then takes no more commands.
  public var finishedAt: Date?
  /// The attempt finishing recorded, if the trainee's cases go on a record.
  public var attemptID: Int64?

  /// Creates a case definition.
  public init(
    id: String, trainee: String, scenarioID: String, seed: UInt64, kind: AttemptKind,
    revisions: [PinnedRevision], startedAt: Date, lastUsed: Date? = nil, commandCount: Int = 0,
    finishedAt: Date? = nil, attemptID: Int64? = nil
  ) {
    self.id = id
    self.trainee = trainee
    self.scenarioID = scenarioID
    self.seed = seed
    self.kind = kind
    self.revisions = revisions
    self.startedAt = startedAt
    self.lastUsed = lastUsed ?? startedAt
    self.commandCount = commandCount
    self.finishedAt = finishedAt
    self.attemptID = attemptID
  }

  /// The governing revisions' labels by SOP id (translations left out), as an attempt records them.
  public var governingRevisions: [String: String] {
    Dictionary(
      revisions.filter { $0.translationOf == nil }.map { ($0.sopID, $0.revision) },
      uniquingKeysWith: { first, _ in first })
  }
}

/// One SOP revision a live case is scored against, named so that it can be loaded again.
public struct PinnedRevision: Sendable, Hashable, Codable {
  /// SOP id.
  public var sopID: String
  /// Its revision label in the store (`1.0`), or `working copy` for a translation read from its file.
  public var revision: String
  /// For a translation: the SOP it translates (its feedback links go to it).
  public var translationOf: String?

  /// Names a revision.
  public init(sopID: String, revision: String, translationOf: String? = nil) {
    self.sopID = sopID
    self.revision = revision
    self.translationOf = translationOf
  }

  enum CodingKeys: String, CodingKey {
    case sopID = "sop"
    case revision
    case translationOf = "translation_of"
  }
}
