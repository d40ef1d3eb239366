import GRDB

/// Binds the rows that matter (revisions with their bytes, signatures, acknowledgements,
/// attempts, plan items, users, risks) to the audit chain.
///
/// A sealed table has triggers that note each written row in `audit_dirty`. Every keyed
/// audit entry, in the transaction of its change, seals those rows: it stores each row's
/// keyed hash, and per field a short keyed hash, in `audit_seal`, folds the row hashes of
/// each table into a digest (XOR, so one row's change updates it in constant time), and
/// writes the digests and the rows it sealed into the entry itself, under the chain's HMAC.
/// `verify` recomputes every row from the table as it is and compares: an edit, an insert
/// or a delete made outside the application changes a digest the key-holder alone could
/// have written, and the per-row and per-field hashes name the table, row and field.
public enum AuditSeal {
  static let zeroDigest = String(repeating: "0", count: 64)

  static func registerMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("audit.v2-seal") { db in
      try db.alter(table: AuditEntry.databaseTableName) { table in
        table.add(column: "scheme", .text).notNull().defaults(to: AuditEntry.unkeyedScheme)
        table.add(column: "state", .text)
      }
      try db.create(table: "audit_sealed_table") { table in
        table.primaryKey("name", .text)
      }
      try db.create(table: "audit_dirty") { table in
        table.column("table_name", .text).notNull()
        table.column("row_id", .integer).notNull()
        table.primaryKey(["table_name", "row_id"])
      }
      try db.create(table: "audit_seal") { table in
        table.column("table_name", .text).notNull()
        table.column("row_id", .integer).notNull()
        table.column("hash", .text).notNull()
        table.column("fields", .text).notNull()
        table.primaryKey(["table_name", "row_id"])
      }
      try db.create(table: "audit_seal_digest") { table in
        table.primaryKey("table_name", .text)
        table.column("digest", .text).notNull()
        table.column("rows", .integer).notNull()
      }
    }
  }

  /// Seals `table`: called once from the migration of the module that owns it, after the
  /// table exists. Its rows so far are sealed by the next keyed audit entry.
  public static func seal(table: String, in db: Database) throws {
    precondition(table.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
    try db.execute(sql: "INSERT OR IGNORE INTO audit_sealed_table (name) VALUES (?)", arguments: [table])
    try db.execute(
      sql: "INSERT OR IGNORE INTO audit_seal_digest (table_name, digest, rows) VALUES (?, ?, 0)",
      arguments: [table, zeroDigest])
    for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")] {
      let name = "audit_seal_\(table)_\(event.lowercased())_\(row.lowercased())"
      try db.execute(
        sql: """
          CREATE TRIGGER \(name) AFTER \(event) ON \(table)
          BEGIN INSERT OR IGNORE INTO audit_dirty (table_name, row_id) VALUES ('\(table)', \(row).rowid); END
          """)
    }
    try db.execute(
      sql: "INSERT OR IGNORE INTO audit_dirty (table_name, row_id) SELECT ?, rowid FROM \(table)",
      arguments: [table])
  }

  /// Marks every row of every sealed table for sealing again: after a migration changed
  /// their shape (a new column), so the next entry records the rows as they now are.
  static func markAllDirty(in db: Database) throws {
    for table in try sealedTables(in: db) {
      try db.execute(
        sql: "INSERT OR IGNORE INTO audit_dirty (table_name, row_id) SELECT ?, rowid FROM \(table)",
        arguments: [table])
    }
  }

  /// Whether rows were written since the last seal.
  static func hasDirtyRows(in db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_dirty)") ?? false
  }

  static func sealedTables(in db: Database) throws -> [String] {
    guard try db.tableExists("audit_sealed_table") else { return [] }
    return try String.fetchAll(db, sql: "SELECT name FROM audit_sealed_table ORDER BY name")
  }

  /// Seals the rows written since the last entry and returns the state the entry records:
  /// each sealed table's digest and row count, then the rows sealed now with their hashes.
  static func update(in db: Database, mac: (String) throws -> String) throws -> String {
    var digests: [String: (digest: [UInt8], rows: Int)] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT table_name, digest, rows FROM audit_seal_digest") {
      digests[row["table_name"]] = (AuditKey.bytes(hex: row["digest"]) ?? [], row["rows"])
    }
    var sealed: [String] = []
    let dirty = try Row.fetchAll(
      db, sql: "SELECT table_name, row_id FROM audit_dirty ORDER BY table_name, row_id")
    for entry in dirty {
      let table: String = entry["table_name"]
      let rowID: Int64 = entry["row_id"]
      guard var current = digests[table] else { continue }
      let old = try String.fetchOne(
        db, sql: "SELECT hash FROM audit_seal WHERE table_name = ? AND row_id = ?", arguments: [table, rowID])
      if let old {
        current.digest = xor(current.digest, AuditKey.bytes(hex: old) ?? [])
        current.rows -= 1
      }
      if let image = try image(table: table, rowID: rowID, in: db) {
        let hash = try mac(rowText(table: table, rowID: rowID, image: image))
        let fields = try fieldHashes(table: table, rowID: rowID, image: image, mac: mac)
        try db.execute(
          sql: "INSERT OR REPLACE INTO audit_seal (table_name, row_id, hash, fields) VALUES (?, ?, ?, ?)",
          arguments: [table, rowID, hash, fields])
        current.digest = xor(current.digest, AuditKey.bytes(hex: hash) ?? [])
        current.rows += 1
        sealed.append("\(table)#\(rowID)=\(hash)")
      } else {
        try db.execute(
          sql: "DELETE FROM audit_seal WHERE table_name = ? AND row_id = ?", arguments: [table, rowID])
        sealed.append("\(table)#\(rowID)=deleted")
      }
      digests[table] = current
    }
    try db.execute(sql: "DELETE FROM audit_dirty")
    for (table, value) in digests {
      try db.execute(
        sql: "UPDATE audit_seal_digest SET digest = ?, rows = ? WHERE table_name = ?",
        arguments: [AuditKey.hex(value.digest), value.rows, table])
    }
    let tables = digests.keys.sorted().map {
      "\($0)=\(AuditKey.hex(digests[$0]?.digest ?? []))/\(digests[$0]?.rows ?? 0)"
    }
    return "tables " + tables.joined(separator: " ") + "\nrecords " + sealed.joined(separator: " ")
  }

  /// Recomputes every sealed table as it is now and compares it with `state`, the state the
  /// last keyed entry recorded. Each finding names the table, the row and, where the seal
  /// index still tells, the field.
  static func verify(state: String, in db: Database, mac: (String) throws -> String) throws -> [String] {
    var expected: [String: (digest: String, rows: Int)] = [:]
    let tablesLine = state.split(separator: "\n").first { $0.hasPrefix("tables ") } ?? ""
    for item in tablesLine.dropFirst(7).split(separator: " ") {
      let parts = item.split(separator: "=", maxSplits: 1)
      let values = parts.count == 2 ? parts[1].split(separator: "/") : []
      guard values.count == 2, let rows = Int(values[1]) else { continue }
      expected[String(parts[0])] = (String(values[0]), rows)
    }
    var findings: [String] = []
    let sealedNow = try sealedTables(in: db)
    for table in Set(expected.keys).subtracting(sealedNow).sorted() {
      findings.append("table \(table): no longer sealed (its triggers or its registration were removed)")
    }
    for table in sealedNow {
      guard let want = expected[table] else {
        findings.append("table \(table): sealed after the last audit entry")
        continue
      }
      var digest = [UInt8](repeating: 0, count: 32)
      var hashes: [Int64: (hash: String, image: [(String, String)])] = [:]
      for rowID in try Int64.fetchAll(db, sql: "SELECT rowid FROM \(table) ORDER BY rowid") {
        guard let image = try image(table: table, rowID: rowID, in: db) else { continue }
        let hash = try mac(rowText(table: table, rowID: rowID, image: image))
        hashes[rowID] = (hash, image)
        digest = xor(digest, AuditKey.bytes(hex: hash) ?? [])
      }
      if AuditKey.hex(digest) == want.digest, hashes.count == want.rows { continue }
      findings += try locate(table: table, rows: hashes, in: db, mac: mac)
    }
    return findings
  }

  /// Names the rows of `table` that differ from their seal: inserted, deleted or edited,
  /// with the fields whose hashes changed.
  private static func locate(
    table: String, rows: [Int64: (hash: String, image: [(String, String)])], in db: Database,
    mac: (String) throws -> String
  ) throws -> [String] {
    var findings: [String] = []
    var seals: [Int64: (hash: String, fields: String)] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT row_id, hash, fields FROM audit_seal WHERE table_name = ?", arguments: [table])
    {
      seals[row["row_id"]] = (row["hash"], row["fields"])
    }
    for (rowID, current) in rows.sorted(by: { $0.key < $1.key }) {
      guard let seal = seals[rowID] else {
        findings.append(
          "table \(table), row \(rowID): not in the audit trail (inserted outside the application)")
        continue
      }
      guard seal.hash != current.hash else { continue }
      let recorded = Dictionary(pairs(seal.fields), uniquingKeysWith: { first, _ in first })
      let now = pairs(try fieldHashes(table: table, rowID: rowID, image: current.image, mac: mac))
      let changed = now.filter { recorded[$0.0] != $0.1 }.map(\.0)
      findings.append(
        "table \(table), row \(rowID): "
          + (changed.isEmpty
            ? "changed outside the application"
            : "field \(changed.joined(separator: ", ")) changed outside the application"))
    }
    for rowID in Set(seals.keys).subtracting(rows.keys).sorted() {
      findings.append("table \(table), row \(rowID): deleted outside the application")
    }
    if findings.isEmpty {
      findings.append(
        "table \(table): differs from the state the last audit entry sealed (the seal index was edited as well)"
      )
    }
    return findings
  }

  /// `name=value name=value` back into its pairs, in order.
  private static func pairs(_ text: String) -> [(String, String)] {
    text.split(separator: " ").compactMap { pair in
      let parts = pair.split(separator: "=", maxSplits: 1)
      return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }
  }

  /// The row's columns as (name, typed value text), in the table's column order; nil when
  /// the row does not exist.
  private static func image(table: String, rowID: Int64, in db: Database) throws -> [(String, String)]? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE rowid = ?", arguments: [rowID])
    else {
      return nil
    }
    return row.columnNames.map { name in (name, valueText(row[name] as DatabaseValue)) }
  }

  private static func valueText(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .null: return "n"
    case .int64(let number): return "i\(number)"
    case .double(let number): return "d\(number)"
    case .string(let text): return "s\(text.utf8.count):\(text)"
    case .blob(let data): return "b" + AuditKey.hex(Array(data))
    }
  }

  private static func rowText(table: String, rowID: Int64, image: [(String, String)]) -> String {
    "row \(table) \(rowID)\n" + image.map { "\($0.0.utf8.count):\($0.0)=\($0.1)\n" }.joined()
  }

  /// `name=hash16` per column, space separated: enough to tell which field changed.
  private static func fieldHashes(
    table: String, rowID: Int64, image: [(String, String)], mac: (String) throws -> String
  ) throws -> String {
    try image.map { "\($0.0)=\(try mac("field \(table) \(rowID) \($0.0)\n\($0.1)").prefix(16))" }
      .joined(separator: " ")
  }

  private static func xor(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
    guard left.count == 32, right.count == 32 else { return left.count == 32 ? left : right }
    return zip(left, right).map { $0 ^ $1 }
  }
}
