import Foundation

/// A report as a table, rendered as text, CSV or JSON from the same rows, so the three
/// formats never disagree.
public struct TrainingTable: Sendable, Hashable {
  /// Column names (snake_case, also the JSON keys).
  public var header: [String]
  /// The rows.
  public var rows: [[CSVWriter.Field]]

  /// Creates a table.
  public init(header: [String], rows: [[CSVWriter.Field]]) {
    self.header = header
    self.rows = rows
  }

  /// How a table names its columns and its coded values: as codes for the command line and
  /// JSON (`codes`), or in a reader's language for a spreadsheet people open.
  public struct Words: Sendable {
    /// A column's heading, from its snake_case name.
    public var column: @Sendable (String) -> String
    /// A risk level.
    public var level: @Sendable (RiskLevel) -> String
    /// A risk reason.
    public var reason: @Sendable (RiskReason) -> String
    /// The coverage verdict: below two people qualified, or enough.
    public var backup: @Sendable (_ missing: Bool) -> String

    /// Creates the words.
    public init(
      column: @escaping @Sendable (String) -> String, level: @escaping @Sendable (RiskLevel) -> String,
      reason: @escaping @Sendable (RiskReason) -> String, backup: @escaping @Sendable (Bool) -> String
    ) {
      self.column = column
      self.level = level
      self.reason = reason
      self.backup = backup
    }

    /// Column names and values as codes, messages in English.
    public static let codes = Words(
      column: { $0 }, level: \.rawValue, reason: \.message, backup: { $0 ? "no backup" : "ok" })
  }

  /// One row per assignment: counts, completion, forecast and risk.
  public static func progress(_ progress: [TraineeProgress], words: Words = .codes) -> TrainingTable {
    TrainingTable(
      header: [
        "trainee", "plan", "team", "start", "due", "items", "done", "due_items", "overdue", "completion_pct",
        "forecast", "risk",
      ].map(words.column),
      rows: progress.map { entry in
        [
          .text(entry.assignment.trainee), .text(entry.assignment.templateID),
          .text(entry.assignment.team ?? ""),
          .text(entry.assignment.startOn.iso), .text(entry.assignment.dueOn.iso), .integer(entry.items.count),
          .integer(entry.done), .integer(entry.due), .integer(entry.overdue),
          .number(entry.completion, decimals: 1), .text(entry.forecast.completionOn.iso),
          .text(words.level(entry.level)),
        ]
      })
  }

  /// One row per reason of every trainee not on track, worst first.
  public static func risks(_ progress: [TraineeProgress], words: Words = .codes) -> TrainingTable {
    let sorted = progress.filter { $0.level != .onTrack }.sorted {
      ($1.level, $0.assignment.trainee) < ($0.level, $1.assignment.trainee)
    }
    return TrainingTable(
      header: ["trainee", "plan", "level", "rule", "reason", "forecast", "due"].map(words.column),
      rows: sorted.flatMap { entry in
        entry.reasons.map { reason in
          [
            .text(entry.assignment.trainee), .text(entry.assignment.templateID),
            .text(words.level(entry.level)),
            .text(reason.rule), .text(words.reason(reason)), .text(entry.forecast.completionOn.iso),
            .text(entry.assignment.dueOn.iso),
          ]
        }
      })
  }

  /// One row per SOP in force: who is qualified, and the no-backup flag.
  public static func coverage(_ matrix: CoverageMatrix, words: Words = .codes) -> TrainingTable {
    TrainingTable(
      header: ["sop", "revision", "title", "qualified", "people", "backup", "in_training"].map(words.column),
      rows: matrix.rows.map { row in
        [
          .text(row.sopID), .text(row.revision), .text(row.title),
          .text(row.qualified.joined(separator: " ")),
          .integer(row.qualified.count), .text(words.backup(row.noBackup)),
          .text(row.inTraining.joined(separator: " ")),
        ]
      })
  }

  /// CSV for Excel (BOM, CRLF; `es`: `;` and decimal commas).
  public func csv(locale: String) -> String {
    CSVWriter(locale: locale).document(header: header, rows: rows)
  }

  /// Aligned columns for a terminal.
  public func text() -> String {
    let cells = [header] + rows.map { $0.map(Self.plain) }
    var widths = Array(repeating: 0, count: header.count)
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    return cells.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  /// A JSON array of objects keyed by the header, numbers as numbers.
  public func json() throws -> String {
    let objects: [[String: JSONCell]] = rows.map { row in
      Dictionary(
        zip(header, row).map { key, field in
          switch field {
          case .text(let text): (key, JSONCell.text(text))
          case .integer(let value): (key, JSONCell.number(Double(value)))
          case .number(let value, _): (key, JSONCell.number((value * 10).rounded() / 10))
          }
        }, uniquingKeysWith: { first, _ in first })
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(objects), as: UTF8.self) + "\n"
  }

  static func plain(_ field: CSVWriter.Field) -> String {
    switch field {
    case .text(let text): text
    case .integer(let value): String(value)
    case .number(let value, let decimals): String(format: "%.\(decimals)f", value)
    }
  }

  enum JSONCell: Encodable {
    case text(String)
    case number(Double)

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .text(let text): try container.encode(text)
      case .number(let value):
        if value.rounded() == value, abs(value) < 1e15 {
          try container.encode(Int(value))
        } else {
          try container.encode(value)
        }
      }
    }
  }
}
