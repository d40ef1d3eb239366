import AuditTrail
import GRDB

/// The SOP tables: `sop`, `revision`, `signature` and the `sop_search` full-text index.
enum StoreSchema {
  static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("sop.v1") { db in
      try db.create(table: "sop") { table in
        table.primaryKey("id", .text)
        table.column("created_at", .text).notNull()
      }
      try db.create(table: "revision") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("sop_id", .text).notNull().references("sop")
        table.column("sequence", .integer).notNull()
        table.column("draft_number", .text).notNull()
        table.column("number", .text).notNull()
        table.column("hash", .text).notNull()
        table.column("content", .text).notNull()
        table.column("source_path", .text).notNull()
        table.column("author", .text).notNull()
        table.column("created_at", .text).notNull()
        table.column("state", .text).notNull()
        table.column("round", .integer).notNull().defaults(to: 0)
        table.column("submitted_at", .text)
        table.column("submitted_by", .text)
        table.column("submit_note", .text)
        table.column("proposed_effective", .text)
        table.column("approved_at", .text)
        table.column("effective_on", .text)
        table.column("obsoleted_on", .text)
        table.column("title", .text).notNull()
        table.column("owner", .text).notNull()
        table.column("approvers", .text).notNull()
        table.column("review_every_months", .integer).notNull()
        table.column("language", .text).notNull()
        table.column("translation_of", .text)
        table.column("change_class", .text).notNull()
        table.column("change_basis", .text).notNull()
        table.column("change_override_reason", .text)
        table.uniqueKey(["sop_id", "sequence"])
        table.uniqueKey(["sop_id", "draft_number"])
      }
      try db.create(table: "signature") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("revision_id", .integer).notNull().references("revision")
        table.column("round", .integer).notNull()
        table.column("user_name", .text).notNull()
        table.column("printed_name", .text).notNull()
        table.column("roles", .text).notNull()
        table.column("meaning", .text).notNull()
        table.column("comment", .text)
        table.column("signed_at", .text).notNull()
        table.column("revision_hash", .text).notNull()
        // A second approval by the same person in the same round cannot be stored, whatever
        // the application does.
        table.uniqueKey(["revision_id", "round", "user_name", "meaning"])
      }
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE sop_search USING fts5(
            heading, body,
            revision_id UNINDEXED, sop_id UNINDEXED, language UNINDEXED, slug UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
          )
          """)
    }
    // Binds SOPs, revisions (with their bytes) and signatures to the audit chain.
    migrator.registerMigration("sop.v2-seal") { db in
      for table in ["sop", "revision", "signature"] { try AuditSeal.seal(table: table, in: db) }
    }
    // An author may lower a change's class only with every approver's explicit acceptance.
    migrator.registerMigration("sop.v3-class-acceptance") { db in
      try db.alter(table: "revision") { table in table.add(column: "proposed_class", .text) }
      try db.alter(table: "signature") { table in table.add(column: "accepts_class", .text) }
    }
  }
}
