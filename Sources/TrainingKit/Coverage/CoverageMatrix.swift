/// Who can back up which process: per SOP in force, the people qualified, i.e. who
/// acknowledged its current revision and passed every scenario their plans tie to it since
/// its process last changed. Fewer than `minimumPeople` qualified: flagged "no backup".
public struct CoverageMatrix: Sendable, Hashable {
  /// People needed for a process to have a backup.
  public static let minimumPeople = 2

  /// One person's training facts.
  public struct Person: Sendable, Hashable {
    /// User name.
    public var name: String
    /// Items of all their plans.
    public var items: [TrainingItem]
    /// Their acknowledgements.
    public var acknowledgements: [Acknowledgement]
    /// Their attempts.
    public var attempts: [Attempt]

    /// Creates a person.
    public init(name: String, items: [TrainingItem], acknowledgements: [Acknowledgement], attempts: [Attempt])
    {
      self.name = name
      self.items = items
      self.acknowledgements = acknowledgements
      self.attempts = attempts
    }

    /// Whether one of their plans trains them in `sopID`: acknowledges it, or passes a
    /// scenario it governs.
    func isTrained(in sopID: String) -> Bool {
      items.contains { $0.sopID == sopID || $0.governingSOPs.contains(sopID) }
    }
  }

  /// One process.
  public struct Row: Sendable, Hashable, Codable {
    /// The SOP.
    public var sopID: String
    /// Its title.
    public var title: String
    /// The revision in force.
    public var revision: String
    /// People qualified, by name.
    public var qualified: [String]
    /// People whose plans train them in it who are not qualified yet, by name.
    public var inTraining: [String]
    /// Fewer than `minimumPeople` qualified.
    public var noBackup: Bool
  }

  /// The rows, by SOP id.
  public var rows: [Row]
  /// Everyone the matrix looked at, by name: its columns, qualified for something or not.
  public var people: [String]

  /// Builds the matrix over the SOPs in force (those without a current revision are left out).
  public static func make(sops: [SOPHistoryFacts], people: [Person]) -> CoverageMatrix {
    let rows = sops.sorted { $0.sopID < $1.sopID }.compactMap { facts -> Row? in
      guard let current = facts.current else { return nil }
      let qualified = people.filter { isQualified($0, for: facts, current: current) }.map(\.name).sorted()
      let inTraining = people.filter { !qualified.contains($0.name) && $0.isTrained(in: facts.sopID) }
        .map(\.name).sorted()
      return Row(
        sopID: facts.sopID, title: facts.title, revision: current.number, qualified: qualified,
        inTraining: inTraining, noBackup: qualified.count < minimumPeople)
    }
    return CoverageMatrix(rows: rows, people: people.map(\.name).sorted())
  }

  static func isQualified(_ person: Person, for facts: SOPHistoryFacts, current: SOPHistoryFacts.Revision)
    -> Bool
  {
    let acknowledged = person.acknowledgements.contains {
      $0.sopID == facts.sopID && $0.revisionHash == current.hash
    }
    guard acknowledged else { return false }
    let since = facts.processSince
    let required = person.items.filter { $0.kind == .pass && $0.governingSOPs.contains(facts.sopID) }
    return required.allSatisfy { item in
      person.attempts.contains { $0.counts(toward: item, since: since) && $0.reaches(item) }
    }
  }
}
