extension MarkdownDocument {
  /// Parses a body (front matter removed) with cmark and applies the GFM extensions (pipe
  /// tables, task-list items). `lineOffset` is the number of lines before the body in its
  /// file, so positions match the file.
  init(parsing markdown: Substring, lineOffset: Int = 0) throws(MarkdownError) {
    self = try Self.withBytes(of: markdown) { bytes throws(MarkdownError) in
      try CommonMark.parse(bytes, lineOffset: lineOffset)
    }
    var tables = TableSource(source: markdown, lineOffset: lineOffset)
    MarkdownExtensions.apply(to: &self, tables: &tables)
  }

  /// `init(parsing:lineOffset:)` for a body held as UTF-8 bytes (checked by the caller),
  /// whose table lines are then slices of the same array.
  init(parsing markdown: ArraySlice<UInt8>, lineOffset: Int = 0) throws(MarkdownError) {
    self = try Self.withBytes(of: markdown) { bytes throws(MarkdownError) in
      try CommonMark.parse(bytes, lineOffset: lineOffset)
    }
    var tables = TableSource(bytes: markdown, lineOffset: lineOffset)
    MarkdownExtensions.apply(to: &self, tables: &tables)
  }

  /// Parses a body as strict CommonMark, without the GFM extensions.
  init(parsingCommonMark markdown: Substring, lineOffset: Int = 0) throws(MarkdownError) {
    self = try Self.withBytes(of: markdown) { bytes throws(MarkdownError) in
      try CommonMark.parse(bytes, lineOffset: lineOffset)
    }
  }

  /// `body` on the UTF-8 bytes of `text` (no copy for a native string), with
  /// `MarkdownError` kept as the only error: `withUTF8` would widen it to `any Error`.
  static func withBytes<Value>(
    of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) throws(MarkdownError) -> Value
  ) throws(MarkdownError) -> Value {
    var text = text
    return try text.withUTF8 { bytes in Result { () throws(MarkdownError) in try body(bytes) } }.get()
  }

  /// `withBytes(of:_:)` for part of an array.
  static func withBytes<Value>(
    of bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(MarkdownError) -> Value
  ) throws(MarkdownError) -> Value {
    try bytes.withUnsafeBufferPointer { bytes in Result { () throws(MarkdownError) in try body(bytes) } }
      .get()
  }
}
