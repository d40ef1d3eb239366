/// One line of a GFM pipe table split into cells: optional leading and trailing pipes,
/// `\|` for a literal pipe, whitespace around each cell trimmed.
struct TableRow: Equatable {
  /// Cell texts, trimmed, with `\|` already turned into `|`.
  var cells: [String]
  /// Whether the line held at least one unescaped `|`.
  var hasPipe: Bool

  init(_ line: ArraySlice<UInt8>) {
    let trimmed = Self.trim(line)
    var cells: [ArraySlice<UInt8>] = []
    var cellStart = trimmed.startIndex
    var index = trimmed.startIndex
    var hasPipe = false
    var endsWithPipe = false
    while index < trimmed.endIndex {
      let byte = trimmed[index]
      if byte == UInt8(ascii: "\\") {
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
    self.cells = cells.map { Self.unescapePipes(Self.trim($0)) }
    self.hasPipe = hasPipe
  }

  /// The column alignments if this line is a delimiter row (`| :--- | :-: | --: |`).
  var alignments: [TableAlignment]? {
    guard !cells.isEmpty else { return nil }
    var result: [TableAlignment] = []
    result.reserveCapacity(cells.count)
    for cell in cells {
      var utf8 = Substring(cell).utf8
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
    let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    guard let first = bytes.firstIndex(where: { !isBlank($0) }),
      let last = bytes.lastIndex(where: { !isBlank($0) })
    else { return bytes[bytes.startIndex..<bytes.startIndex] }
    return bytes[first...last]
  }

  private static func unescapePipes(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "|")) else { return String(decoding: bytes, as: UTF8.self) }
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
    return String(decoding: result, as: UTF8.self)
  }
}
