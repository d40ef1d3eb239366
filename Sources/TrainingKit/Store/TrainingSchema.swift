import AuditTrail
import GRDB

/// The training tables. Never edit a shipped migration: add a new one.
enum TrainingSchema {
  static func register(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("training.v1") { db in
      try db.create(table: "training_assignment") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("trainee", .text).notNull().indexed()
        table.column("template_id", .text).notNull()
        table.column("title", .text).notNull()
        table.column("team", .text)
        table.column("start_on", .text).notNull()
        table.column("due_on", .text).notNull()
        table.column("retraining_days", .integer).notNull()
        table.column("assigned_by", .text).notNull()
        table.column("assigned_at", .text).notNull()
      }
      try db.create(table: "training_item") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("assignment_id", .integer).notNull().references("training_assignment")
        table.column("position", .integer).notNull()
        table.column("key", .text).notNull()
        table.column("kind", .text).notNull()
        table.column("origin", .text).notNull()
        table.column("sop_id", .text)
        table.column("scenario_id", .text)
        table.column("min_score", .double)
        table.column("attempts", .integer)
        table.column("text", .text)
        table.column("due_on", .text).notNull()
        table.column("requires", .text).notNull()
        table.column("governing_sops", .text).notNull()
        table.column("since_day", .text)
        table.column("since_sequence", .integer)
        table.column("signed_by", .text)
        table.column("signed_at", .text)
        table.column("note", .text)
        // Retraining creates each item once, however often the check runs.
        table.uniqueKey(["assignment_id", "key"])
      }
      try db.create(table: "training_acknowledgement") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("trainee", .text).notNull().indexed()
        table.column("printed_name", .text).notNull()
        table.column("sop_id", .text).notNull()
        table.column("revision_number", .text).notNull()
        table.column("revision_sequence", .integer).notNull()
        table.column("revision_hash", .text).notNull()
        table.column("meaning", .text).notNull()
        table.column("signed_at", .text).notNull()
        table.uniqueKey(["trainee", "sop_id", "revision_hash"])
      }
      try db.create(table: "training_attempt") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("trainee", .text).notNull().indexed()
        table.column("scenario_id", .text).notNull()
        table.column("seed", .text).notNull()
        table.column("score", .double).notNull()
        table.column("passed", .boolean).notNull()
        table.column("sop_revisions", .text).notNull()
        table.column("started_at", .text).notNull()
        table.column("finished_at", .text).notNull()
      }
      try db.create(table: "training_risk") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("item_id", .integer).notNull().references("training_item")
        table.column("trainee", .text).notNull()
        table.column("reason", .text).notNull()
        table.column("commit_on", .text)
        table.column("raised_at", .text).notNull()
        table.column("closed_at", .text)
        table.column("closed_by", .text)
        table.column("answer", .text)
      }
    }
    // Attempts recorded before this migration counted for pass items, and they keep counting:
    // they are marked assessed. New attempts always say which kind they are.
    migrator.registerMigration("training.v2-attempt-kind") { db in
      try db.alter(table: "training_attempt") { table in
        table.add(column: "kind", .text).notNull().defaults(to: AttemptKind.assessed.rawValue)
      }
    }
    // Binds plans, items, acknowledgements, attempts and risks to the audit chain.
    migrator.registerMigration("training.v3-seal") { db in
      for table in [
        "training_assignment", "training_item", "training_acknowledgement", "training_attempt",
        "training_risk",
      ] {
        try AuditSeal.seal(table: table, in: db)
      }
    }
    // The revisions a plan was built on (JSON: SOP id -> sequence), so retraining compares
    // revisions, not days. Plans assigned before it keep NULL (see `RetrainingRule`).
    migrator.registerMigration("training.v4-built-on") { db in
      try db.alter(table: "training_assignment") { table in
        table.add(column: "built_on", .text)
      }
    }
    // The plan's title and sign-off texts in other languages (JSON: language -> PlanText),
    // copied from the template as the item texts are. Plans assigned before it keep NULL.
    migrator.registerMigration("training.v5-translations") { db in
      try db.alter(table: "training_assignment") { table in
        table.add(column: "translations", .text)
      }
    }
  }
}
