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

  /// Writes what comes before the first account (`[`, the CSV header).
  public func begin(into writer: inout ByteWriter) {
    switch format {
    case .json: writer.raw("[\n")
    case .ndjson: break
    case .csv: writer.csvHeader()
    }
  }

  /// Writes one account; `isFirst` tells JSON whether a separator is needed.
  public func append(_ account: Account, isFirst: Bool, into writer: inout ByteWriter) {
    append(account, text: StoredText(), isFirst: isFirst, into: &writer)
  }

  /// Writes one streamed account, its text straight from its bytes.
  public func append(_ streamed: StreamedAccount, isFirst: Bool, into writer: inout ByteWriter) {
    append(streamed.account, text: streamed.text, isFirst: isFirst, into: &writer)
  }

  private func append(
    _ account: Account, text: some AccountTextSource, isFirst: Bool, into writer: inout ByteWriter
  ) {
    switch format {
    case .json:
      if !isFirst { writer.raw(",\n") }
      writer.account(account, text: text)
    case .ndjson:
      writer.account(account, text: text)
      writer.byte(UInt8(ascii: "\n"))
    case .csv:
      writer.csvRows(account, text: text)
    }
  }

  /// Writes what comes after the last account.
  public func end(into writer: inout ByteWriter) {
    if format == .json { writer.raw("\n]\n") }
  }

  /// Appends what comes before the first account to a byte array.
  public func begin(into buffer: inout [UInt8]) {
    var writer = ByteWriter(capacity: 256)
    begin(into: &writer)
    writer.withUnsafeBytes { buffer.append(contentsOf: $0) }
  }

  /// Appends one account to a byte array (simple; `ByteWriter` is faster for streams).
  public func append(_ account: Account, isFirst: Bool, into buffer: inout [UInt8]) {
    var writer = ByteWriter(capacity: 4096)
    append(account, isFirst: isFirst, into: &writer)
    writer.withUnsafeBytes { buffer.append(contentsOf: $0) }
  }

  /// Appends what comes after the last account to a byte array.
  public func end(into buffer: inout [UInt8]) {
    var writer = ByteWriter(capacity: 64)
    end(into: &writer)
    writer.withUnsafeBytes { buffer.append(contentsOf: $0) }
  }
}
