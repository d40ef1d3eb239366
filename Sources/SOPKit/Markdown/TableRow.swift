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
    // Cells are cut as slices of the line straight from its raw bytes: indexing the slice
    // byte by byte, and collecting the bounds in an array first, were most of a table.
    var cells: [ArraySlice<UInt8>] = []
    cells.reserveCapacity(8)
    var hasPipe = false
    var escapedPipe = false
    let base = line.startIndex
    line.withUnsafeBufferPointer { bytes in
      var (start, end) = Self.trimmed(bytes, 0, bytes.count)
      // A leading pipe opens the first cell instead of closing an empty one.
      if start < end && bytes[start] == UInt8(ascii: "|") {
        hasPipe = true
        start += 1
      }
      var cellStart = start
      var index = start
      var endsWithPipe = hasPipe && start == end
      while index < end {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\\") {
          if index + 1 < end, bytes[index + 1] == UInt8(ascii: "|") { escapedPipe = true }
          index = min(index + 2, end)
          continue
        }
        if byte == UInt8(ascii: "|") {
          hasPipe = true
          let cell = Self.trimmed(bytes, cellStart, index)
          cells.append(line[(base + cell.start)..<(base + cell.end)])
          cellStart = index + 1
          endsWithPipe = cellStart == end
        }
        index += 1
      }
      if !endsWithPipe {
        let cell = Self.trimmed(bytes, cellStart, end)
        cells.append(line[(base + cell.start)..<(base + cell.end)])
      }
    }
    if escapedPipe {
      for index in cells.indices {
        cells[index] = Self.unescapePipes(cells[index])
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

  /// `start..<end` without the spaces and tabs at either end.
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (
    start: Int, end: Int
  ) {
    var start = start
    var end = end
    while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
      start += 1
    }
    while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
      end -= 1
    }
    return (start, end)
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
