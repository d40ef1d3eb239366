/// One line of a GFM pipe table split into cells: optional leading and trailing pipes,
/// `\|` for a literal pipe, whitespace around each cell trimmed.
struct TableRow: Equatable {
  /// Cell bytes, trimmed, with `\|` already turned into `|`: slices of the line unless a
  /// pipe had to be unescaped.
  var cellBytes: [ArraySlice<UInt8>]
  /// Whether the line held at least one unescaped `|`.
  var hasPipe: Bool

  /// Cell texts (for the Swift tree; the HTML stream works on `cellBytes`).
  var cells: [String] { cellBytes.map { String(decoding: $0, as: UTF8.self) } }

  init(_ line: ArraySlice<UInt8>) {
    let trimmed = Self.trim(line)
    var cells: [ArraySlice<UInt8>] = []
    var cellStart = trimmed.startIndex
    var index = trimmed.startIndex
    var hasPipe = false
    var endsWithPipe = false
    var escapedPipe = false
    while index < trimmed.endIndex {
      let byte = trimmed[index]
      if byte == UInt8(ascii: "\\") {
        if index + 1 < trimmed.endIndex, trimmed[index + 1] == UInt8(ascii: "|") { escapedPipe = true }
        index = min(index + 2, trimmed.endIndex)
        continue
      }
      if byte == UInt8(ascii: "|") {
        hasPipe = true
        cells.append(trimmed[cellStart..<index])
        cellStart = index + 1
        endsWithPipe = cellStart == trimmed.endIndex
      }
      index += 1
    }
    if !endsWithPipe {
      cells.append(trimmed[cellStart..<trimmed.endIndex])
    }
    if trimmed.first == UInt8(ascii: "|"), !cells.isEmpty {
      cells.removeFirst()
    }
    for cell in cells.indices {
      cells[cell] = Self.trim(cells[cell])
      if escapedPipe {
        cells[cell] = Self.unescapePipes(cells[cell])
      }
    }
    self.cellBytes = cells
    self.hasPipe = hasPipe
  }

  /// The column alignments if this line is a delimiter row (`| :--- | :-: | --: |`).
  var alignments: [TableAlignment]? {
    guard !cellBytes.isEmpty else { return nil }
    var result: [TableAlignment] = []
    result.reserveCapacity(cellBytes.count)
    for cell in cellBytes {
      var utf8 = cell
      let left = utf8.first == UInt8(ascii: ":")
      if left { utf8 = utf8.dropFirst() }
      let right = utf8.last == UInt8(ascii: ":")
      if right { utf8 = utf8.dropLast() }
      guard !utf8.isEmpty, utf8.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
      switch (left, right) {
      case (true, true): result.append(.center)
      case (true, false): result.append(.left)
      case (false, true): result.append(.right)
      case (false, false): result.append(.none)
      }
    }
    return result
  }

  /// Whether a line could be a delimiter row: only `|`, `:`, `-`, spaces and tabs, with a
  /// `-`. A cheap test run on every paragraph line before any real parsing.
  static func looksLikeDelimiterRow<Bytes: Sequence<UInt8>>(_ line: Bytes) -> Bool {
    var sawDash = false
    for byte in line {
      switch byte {
      case UInt8(ascii: "-"): sawDash = true
      case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
      default: return false
      }
    }
    return sawDash
  }

  private static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
      start += 1
    }
    while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
      end -= 1
    }
    return bytes[start..<end]
  }

  private static func unescapePipes(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    guard bytes.contains(UInt8(ascii: "|")) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "|")
      {
        index += 1
      }
      result.append(bytes[index])
      index += 1
    }
    return result[...]
  }
}
