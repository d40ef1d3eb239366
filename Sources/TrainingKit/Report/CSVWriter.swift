/// Writes CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
/// ISO dates, and for `es` the `;` separator with decimal commas (Excel in a Spanish locale
/// splits on `;` and reads `87,5` as a number).
public struct CSVWriter: Sendable {
  /// One cell.
  public enum Field: Sendable, Hashable {
    /// Text, quoted when needed.
    case text(String)
    /// A number printed with `decimals` places.
    case number(Double, decimals: Int)
    /// A whole number.
    case integer(Int)
  }

  /// Field separator.
  public let separator: Character
  /// Decimal mark.
  public let decimalMark: Character

  /// A writer for `locale` (`es` gives `;` and `,`; anything else `,` and `.`).
  public init(locale: String = "en") {
    if locale.lowercased().hasPrefix("es") {
      separator = ";"
      decimalMark = ","
    } else {
      separator = ","
      decimalMark = "."
    }
  }

  /// The whole file: BOM, header and rows.
  public func document(header: [String], rows: [[Field]]) -> String {
    var out = "\u{FEFF}"
    out += line(header.map { .text($0) })
    for row in rows { out += line(row) }
    return out
  }

  /// One line with its CRLF.
  public func line(_ fields: [Field]) -> String {
    fields.map(cell).joined(separator: String(separator)) + "\r\n"
  }

  func cell(_ field: Field) -> String {
    switch field {
    case .integer(let value): return String(value)
    case .number(let value, let decimals):
      let text = String(format: "%.\(max(decimals, 0))f", value)
      return decimalMark == "." ? text : text.replacingOccurrences(of: ".", with: String(decimalMark))
    case .text(let value):
      // A cell starting with = + - @ would run as a formula in a spreadsheet, and so would one
      // whose leading tab or carriage return the spreadsheet skips (OWASP: CSV injection).
      var text = value
      if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
        text = "'" + text
      }
      let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      guard needsQuotes else { return text }
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}
