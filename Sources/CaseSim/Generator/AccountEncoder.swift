/// Output formats of `academy case generate`.
public enum AccountFormat: String, Sendable, CaseIterable {
  /// One JSON array of accounts.
  case json
  /// One account per line.
  case ndjson
  /// One row per open invoice, the account's columns repeated on each row.
  case csv
}

/// Serialises accounts into bytes in one of the `AccountFormat`s, piece by piece, so a
/// caller can stream any number of them and flush when the buffer is large enough.
public struct AccountEncoder: Sendable {
  /// The format written.
  public let format: AccountFormat

  /// Creates an encoder for `format`.
  public init(format: AccountFormat) {
    self.format = format
  }

  /// Appends what comes before the first account (`[`, the CSV header).
  public func begin(into buffer: inout [UInt8]) {
    var writer = ByteWriter(capacity: 0)
    swap(&writer.bytes, &buffer)
    switch format {
    case .json: writer.raw("[\n")
    case .ndjson: break
    case .csv: writer.csvHeader()
    }
    swap(&writer.bytes, &buffer)
  }

  /// Appends one account; `isFirst` tells JSON whether a separator is needed.
  public func append(_ account: Account, isFirst: Bool, into buffer: inout [UInt8]) {
    var writer = ByteWriter(capacity: 0)
    swap(&writer.bytes, &buffer)
    switch format {
    case .json:
      if !isFirst { writer.raw(",\n") }
      writer.account(account)
    case .ndjson:
      writer.account(account)
      writer.byte(UInt8(ascii: "\n"))
    case .csv:
      writer.csvRows(account)
    }
    swap(&writer.bytes, &buffer)
  }

  /// Appends what comes after the last account.
  public func end(into buffer: inout [UInt8]) {
    if format == .json { buffer.append(contentsOf: Array("\n]\n".utf8)) }
  }
}
