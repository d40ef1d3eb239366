import CivilCalendar
import Foundation
import GRDB

/// One search result: a section of a current revision.
public struct SearchHit: Sendable, Hashable, Codable {
  /// The SOP id.
  public var sopID: String
  /// The revision label.
  public var number: String
  /// `en` or `es`.
  public var language: String
  /// The section's anchor.
  public var slug: String
  /// The section's heading.
  public var heading: String
  /// Plain text around the match, matched words in `«»`.
  public var snippet: String
  /// BM25 rank (lower is better).
  public var score: Double
}

extension SOPStore {
  /// Indexes each section of `revision` as plain text (all revisions are indexed; queries keep
  /// the current ones, so approval never has to touch the index).
  static func index(_ revision: StoredRevision, in db: Database) throws {
    let outline = SOPOutline(fileText: revision.content)
    for section in outline.sections {
      let body = SOPStore.plainText(section.body)
      guard !(section.heading.isEmpty && body.isEmpty) else { continue }
      try db.execute(
        sql: """
          INSERT INTO sop_search (heading, body, revision_id, sop_id, language, slug) VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [section.heading, body, revision.id, revision.sopID, revision.language, section.slug])
    }
  }

  /// Full-text search over the sections of current revisions: accent- and case-insensitive,
  /// every word a prefix, all words required, best first.
  public func search(_ query: String, language: String? = nil, limit: Int = 20) throws -> [SearchHit] {
    let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard !words.isEmpty else { return [] }
    let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
    return try writer.read { db in
      let current = try SOPStore.currentRevisions(on: today, in: db)
      guard !current.isEmpty else { return [] }
      let numbers = Dictionary(
        current.map { ($0.id ?? 0, $0.number) }, uniquingKeysWith: { first, _ in first })
      var sql = """
        SELECT sop_id, revision_id, language, slug, heading,
               snippet(sop_search, 1, '«', '»', '…', 12) AS snippet, bm25(sop_search, 4.0, 1.0) AS score
        FROM sop_search WHERE sop_search MATCH ? AND revision_id IN (\(numbers.keys.map(String.init).joined(separator: ",")))
        """
      var arguments: StatementArguments = [match]
      if let language {
        sql += " AND language = ?"
        arguments += [language]
      }
      sql += " ORDER BY score LIMIT ?"
      arguments += [limit]
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
        SearchHit(
          sopID: row["sop_id"], number: numbers[row["revision_id"]] ?? "?", language: row["language"],
          slug: row["slug"], heading: row["heading"], snippet: row["snippet"], score: row["score"])
      }
    }
  }

  /// The revision in force on `day` for every SOP that has one.
  static func currentRevisions(on day: CivilDate, in db: Database) throws -> [StoredRevision] {
    let all = try StoredRevision.order(Column("sop_id"), Column("sequence")).fetchAll(db)
    return Dictionary(grouping: all, by: \.sopID).values.compactMap { revisions in
      timeline(revisions).current(on: day).flatMap { sequence in revisions.first { $0.sequence == sequence } }
    }.sorted { $0.sopID < $1.sopID }
  }

  /// Markdown lines as the plain text a reader sees (markup and code blocks dropped).
  static func plainText(_ lines: [String]) -> String {
    let markdown = lines.joined(separator: "\n")
    guard let document = try? MarkdownParser.parse(markdown) else { return markdown }
    return document.children.map(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
