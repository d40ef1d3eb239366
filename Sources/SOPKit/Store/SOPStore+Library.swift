import GRDB

extension SOPStore {
  /// The revision in force today for every SOP that has one, ordered by SOP id.
  public func revisionsInForce() throws -> [StoredRevision] {
    try writer.read { db in try SOPStore.currentRevisions(on: today, in: db) }
  }

  /// The revision a reader opens: the one labelled `number`, else the one in force, else the
  /// latest. One indexed read of the SOP's revisions and the chosen one's signatures.
  public func pageRevision(_ sopID: String, number: RevisionNumber? = nil) throws -> RevisionView {
    try writer.read { db in
      let revisions = try SOPStore.revisions(of: sopID, in: db)
      guard let latest = revisions.last else { throw StoreError.unknownSOP(sopID) }
      let chosen: StoredRevision
      if let number {
        guard let found = revisions.last(where: { $0.isLabelled(number) }) else {
          throw StoreError.unknownRevision(sopID: sopID, number: number.description)
        }
        chosen = found
      } else {
        let current = SOPStore.timeline(revisions).current(on: today)
        chosen = revisions.first { $0.sequence == current } ?? latest
      }
      return try view(chosen, among: revisions, in: db)
    }
  }

  /// The latest revision of every SOP, with its state today and all its signatures, by SOP id.
  public func latestRevisions() throws -> [RevisionView] {
    try writer.read { db in
      let all = try StoredRevision.order(Column("sop_id"), Column("sequence")).fetchAll(db)
      return try Dictionary(grouping: all, by: \.sopID).values.compactMap { revisions -> RevisionView? in
        guard let latest = revisions.last else { return nil }
        let state = SOPStore.timeline(revisions).state(of: latest.sequence, on: today) ?? latest.state
        return RevisionView(
          revision: latest, state: state, signatures: try SOPStore.signatures(of: latest, in: db),
          reviewDue: nil, staleTranslation: false,
          requiredApprovers: try SOPStore.governingApprovers(of: latest, in: db))
      }.sorted { $0.revision.sopID < $1.revision.sopID }
    }
  }

  /// The ids of the SOPs translating each source SOP (from any revision's `translation_of`).
  public func translationIndex() throws -> [String: [String]] {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT translation_of, sop_id FROM revision
          WHERE translation_of IS NOT NULL ORDER BY sop_id
          """)
      return Dictionary(grouping: rows, by: { $0["translation_of"] as String }).mapValues {
        $0.map { $0["sop_id"] }
      }
    }
  }

  /// A number that grows with every revision stored: caches of per-SOP facts that only an
  /// import changes (translations) compare it to know when to rebuild.
  public func revisionStamp() throws -> Int64 {
    try writer.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM revision") ?? 0 }
  }
}
