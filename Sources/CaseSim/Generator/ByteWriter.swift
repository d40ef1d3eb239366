import CivilCalendar

/// A growable byte buffer that JSON and CSV text is written straight into: no intermediate
/// `String`s, no `JSONEncoder`, and no per-byte uniqueness or capacity check of
/// `[UInt8].append`. Each write makes room once, then stores through a raw pointer, which
/// is what lets `case generate` stream hundreds of thousands of accounts a second.
/// Noncopyable, so the one allocation it owns is freed exactly once.
public struct ByteWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written so far.
  public private(set) var count = 0
  /// `isoDates`, held here so writing a date does not go through the global's one-time
  /// initialisation check (a call per date on Linux).
  private let dates = ByteWriter.isoDates

  /// Creates an empty buffer with room for `capacity` bytes before it first grows.
  public init(capacity: Int = 1 << 17) {
    self.capacity = max(64, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written, for the duration of `body`.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Forgets the bytes written, keeping the allocation.
  public mutating func removeAll() {
    count = 0
  }

  /// A copy of the bytes written.
  public var bytes: [UInt8] {
    withUnsafeBytes { Array($0) }
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Stores without checking room: the caller has reserved it.
  @inline(__always)
  mutating func put(_ value: UInt8) {
    base[count] = value
    count += 1
  }

  @inline(__always)
  mutating func put(_ bytes: UnsafeRawBufferPointer) {
    guard let start = bytes.baseAddress else { return }
    put(start.assumingMemoryBound(to: UInt8.self), length: bytes.count)
  }

  /// Copies `length` bytes the caller has reserved room for.
  @inline(__always)
  mutating func put(_ start: UnsafePointer<UInt8>, length: Int) {
    // Most pieces are keys and punctuation a few bytes long: two overlapping loads and
    // stores of the widest size that fits, instead of a loop over the bytes or a call.
    let from = UnsafeRawPointer(start)
    let to = UnsafeMutableRawPointer(base + count)
    switch length {
    case 8...16:
      to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self), toByteOffset: length - 8,
        as: UInt64.self)
    case 4..<8:
      to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self), toByteOffset: length - 4,
        as: UInt32.self)
    case 2..<4:
      to.storeBytes(of: from.loadUnaligned(as: UInt16.self), as: UInt16.self)
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: length - 2, as: UInt16.self), toByteOffset: length - 2,
        as: UInt16.self)
    case 1:
      to.storeBytes(of: start.pointee, as: UInt8.self)
    case 17...32:
      var offset = 0
      while offset + 8 < length {
        to.storeBytes(
          of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset,
          as: UInt64.self)
        offset += 8
      }
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self), toByteOffset: length - 8,
        as: UInt64.self)
    case 33...:
      (base + count).update(from: start, count: length)
    default:
      break
    }
    count += length
  }

  /// Copies a literal the caller has reserved room for.
  @inline(__always)
  mutating func put(_ text: StaticString) {
    guard text.hasPointerRepresentation else {
      return text.withUTF8Buffer { put(UnsafeRawBufferPointer($0)) }
    }
    put(text.utf8Start, length: text.utf8CodeUnitCount)
  }

  mutating func raw(_ text: StaticString) {
    reserve(text.utf8CodeUnitCount)
    put(text)
  }

  mutating func raw(_ bytes: UnsafeRawBufferPointer) {
    reserve(bytes.count)
    put(bytes)
  }

  mutating func append(contentsOf bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw($0) }
  }

  mutating func byte(_ value: UInt8) {
    reserve(1)
    put(value)
  }

  /// A JSON string literal, escaped.
  mutating func string(_ text: String) {
    // Native and small strings are read in place, without the copy (a retain and a
    // release) that the mutating `withUTF8` needs; only bridged text takes that path.
    if text.utf8.withContiguousStorageIfAvailable({ string($0) }) != nil { return }
    var text = text
    text.withUTF8 { string($0) }
  }

  /// A JSON string literal of UTF-8 text, escaped.
  mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
    // Generated text almost never needs escaping: copy it eight bytes at a time while
    // checking, and start over escaping only when a byte needs it.
    reserve(utf8.count + 2)
    let start = count
    put(UInt8(ascii: "\""))
    if let source = utf8.baseAddress, !Self.copyUnescaped(source, utf8.count, to: base + count) {
      count = start + 1
      escaped(utf8)
    } else {
      count += utf8.count
    }
    byte(UInt8(ascii: "\""))
  }

  /// Copies `length` bytes from `source` to `target`; false when one of them is a quote, a
  /// backslash or a control character (the copy is then incomplete).
  @inline(__always)
  private static func copyUnescaped(
    _ source: UnsafePointer<UInt8>, _ length: Int, to target: UnsafeMutablePointer<UInt8>
  )
    -> Bool
  {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    var offset = 0
    var flagged: UInt64 = 0
    while offset + 8 <= length {
      let word = from.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      to.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
      flagged |= needsEscaping(word)
      offset += 8
    }
    // The last 0-7 bytes as a 4-, a 2- and a 1-byte piece, never one word reaching back
    // over bytes already read: most strings here are small ones the standard library has
    // just copied to the stack in two words, and a load straddling those two stores waits
    // for both to reach the cache instead of being forwarded.
    var rest: UInt64 = 0
    var shift: UInt64 = 0
    if length - offset >= 4 {
      let piece = from.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
      to.storeBytes(of: piece, toByteOffset: offset, as: UInt32.self)
      rest = UInt64(piece)
      shift = 32
      offset += 4
    }
    if length - offset >= 2 {
      let piece = from.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
      to.storeBytes(of: piece, toByteOffset: offset, as: UInt16.self)
      rest |= UInt64(piece) << shift
      shift += 16
      offset += 2
    }
    if length - offset >= 1 {
      let piece = source[offset]
      target[offset] = piece
      rest |= UInt64(piece) << shift
      shift += 8
    }
    // Bytes of the last word not filled are spaces, which never need escaping.
    if shift > 0 {
      flagged |= needsEscaping(rest | 0x2020_2020_2020_2020 << shift)
    }
    return flagged == 0
  }

  /// Nonzero when a byte of `word` is below 0x20, `"` or `\` (exact, by the classic
  /// "has a byte less than n" bit trick; bytes of 0x80 and above never count).
  @inline(__always)
  private static func needsEscaping(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    func hasLess(_ value: UInt64, _ bound: UInt64) -> UInt64 {
      (value &- ones &* bound) & ~value & high
    }
    return hasLess(word, 0x20) | hasLess(word ^ (ones &* 0x22), 1) | hasLess(word ^ (ones &* 0x5C), 1)
  }

  private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case UInt8(ascii: "\n"): raw("\\n")
      case UInt8(ascii: "\r"): raw("\\r")
      case UInt8(ascii: "\t"): raw("\\t")
      case 0..<0x20:
        raw("\\u00")
        self.byte(Self.hex[Int(byte >> 4)])
        self.byte(Self.hex[Int(byte & 0xF)])
      default: self.byte(byte)
      }
    }
  }

  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// Unescaped text (the caller knows it needs no quoting).
  mutating func text(_ text: String) {
    var text = text
    text.withUTF8 { raw(UnsafeRawBufferPointer($0)) }
  }

  mutating func int(_ value: Int) {
    reserve(21)
    putInt(value)
  }

  /// The decimal digits of `value`, into room the caller has reserved (21 bytes).
  @inline(__always)
  mutating func putInt(_ value: Int) {
    if value < 0 { put(UInt8(ascii: "-")) }
    putUnsigned(UInt64(value.magnitude))
  }

  mutating func unsigned(_ value: UInt64) {
    reserve(20)
    putUnsigned(value)
  }

  /// The decimal digits of `value`, into room the caller has reserved (20 bytes).
  @inline(__always)
  mutating func putUnsigned(_ value: UInt64) {
    var length = 1
    var probe = value
    while probe >= 10 {
      probe /= 10
      length += 1
    }
    GeneratedText.writeDigits(value, length: length, to: base + count)
    count += length
  }

  /// `value` with leading zeros to `width` digits (at most 4); wider values keep their
  /// low digits, as before.
  mutating func padded(_ value: Int, width: Int) {
    reserve(width)
    var rest = value
    var index = count + width - 1
    while index >= count {
      base[index] = 48 + UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
      index -= 1
    }
    count += width
  }

  /// `YYYY-MM-DD` without quotes.
  mutating func dateDigits(_ date: CivilDate) {
    reserve(10)
    putDateDigits(date)
  }

  /// `YYYY-MM-DD` into room the caller has reserved (10 bytes).
  @inline(__always)
  mutating func putDateDigits(_ date: CivilDate) {
    let offset = date.daysSinceEpoch - Self.firstTabulatedDay
    if offset >= 0, offset < Self.tabulatedDays {
      // Ten bytes as one 8-byte and one 2-byte copy.
      let target = UnsafeMutableRawPointer(base + count)
      dates.withUnsafeBytes { table in
        target.storeBytes(
          of: table.loadUnaligned(fromByteOffset: offset * 10, as: UInt64.self), as: UInt64.self)
        target.storeBytes(
          of: table.loadUnaligned(fromByteOffset: offset * 10 + 8, as: UInt16.self), toByteOffset: 8,
          as: UInt16.self)
      }
      count += 10
      return
    }
    let (year, month, day) = date.components
    padded(year, width: 4)
    put(UInt8(ascii: "-"))
    padded(month, width: 2)
    put(UInt8(ascii: "-"))
    padded(day, width: 2)
  }

  /// 2000-01-01 and the number of days after it whose text is kept ready in `isoDates`:
  /// an account holds some 40 dates, and looking them up beats converting each.
  static let firstTabulatedDay = 10_957
  static let tabulatedDays = 36_525
  static let isoDates: [UInt8] = {
    var table: [UInt8] = []
    table.reserveCapacity(tabulatedDays * 10)
    for day in 0..<tabulatedDays {
      table.append(contentsOf: CivilDate(daysSinceEpoch: firstTabulatedDay + day).iso.utf8)
    }
    return table
  }()

  /// `"YYYY-MM-DD"`.
  mutating func date(_ date: CivilDate) {
    reserve(12)
    putDate(date)
  }

  /// `"YYYY-MM-DD"` into room the caller has reserved (12 bytes).
  @inline(__always)
  mutating func putDate(_ date: CivilDate) {
    put(UInt8(ascii: "\""))
    putDateDigits(date)
    put(UInt8(ascii: "\""))
  }

  /// `"1234.56"` into room the caller has reserved (26 bytes).
  @inline(__always)
  mutating func putAmount(_ money: Money) {
    put(UInt8(ascii: "\""))
    putAmountDigits(money.minorUnits)
    put(UInt8(ascii: "\""))
  }

  /// `1234.56` without quotes.
  mutating func amountDigits(_ money: Money) {
    reserve(24)
    putAmountDigits(money.minorUnits)
  }

  /// `1234.56` into room the caller has reserved (24 bytes).
  @inline(__always)
  mutating func putAmountDigits(_ minor: Int64) {
    if minor < 0 { put(UInt8(ascii: "-")) }
    let magnitude = minor.magnitude
    putUnsigned(magnitude / 100)
    let cents = UInt8(truncatingIfNeeded: magnitude % 100)
    put(UInt8(ascii: "."))
    put(48 + cents / 10)
    put(48 + cents % 10)
  }

  /// `"1234.56"`: amounts travel as decimal strings so no reader turns them into floats.
  mutating func amount(_ money: Money) {
    reserve(26)
    put(UInt8(ascii: "\""))
    putAmountDigits(money.minorUnits)
    put(UInt8(ascii: "\""))
  }

  mutating func bool(_ value: Bool) {
    value ? raw("true") : raw("false")
  }

  /// A CSV field, quoted only when it holds a comma, quote or line break.
  mutating func csvField(_ text: String) {
    var text = text
    text.withUTF8 { csvField($0) }
  }

  /// A CSV field of UTF-8 text, quoted only when it holds a comma, quote or line break.
  mutating func csvField(_ utf8: UnsafeBufferPointer<UInt8>) {
    let needsQuotes = utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    }
    guard needsQuotes else { return raw(UnsafeRawBufferPointer(utf8)) }
    byte(UInt8(ascii: "\""))
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { self.byte(byte) }
      self.byte(byte)
    }
    byte(UInt8(ascii: "\""))
  }
}
