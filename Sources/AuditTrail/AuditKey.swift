import Crypto
import Foundation
import GRDB

/// The secret that keys the audit chain and the record seals (HMAC-SHA-256), kept outside
/// the database: anyone holding only the database file cannot rebuild the chain after an
/// edit. It comes from `ACADEMY_AUDIT_KEY` (64 hex digits) or from the data folder's
/// `audit.key`, created with owner-only permissions on first use.
public struct AuditKey: Sendable {
  /// The environment variable that overrides the key file.
  public static let environmentVariable = "ACADEMY_AUDIT_KEY"
  /// The key file's name in the data folder.
  public static let fileName = "audit.key"
  /// The SQL function the key is installed as on every connection.
  static let sqlFunction = "academy_audit_mac"

  private let key: SymmetricKey

  /// A key from 32 bytes written as 64 hex digits; nil for anything else.
  public init?(hex: String) {
    let text = hex.trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.count == 64, let bytes = Self.bytes(hex: text) else { return nil }
    key = SymmetricKey(data: bytes)
  }

  /// The environment's key, else the folder's key file, created if missing. A key file
  /// others can read or a malformed key is an error naming the file and what to do.
  public static func load(folder: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws -> AuditKey
  {
    if let text = environment[environmentVariable] {
      guard let key = AuditKey(hex: text) else {
        throw AuditTrailError.badKey(
          source: environmentVariable,
          reason: "must be 64 hex digits (32 bytes), e.g. from `openssl rand -hex 32`")
      }
      return key
    }
    let path = (folder as NSString).appendingPathComponent(fileName)
    let files = FileManager.default
    if !files.fileExists(atPath: path) {
      var generator = SystemRandomNumberGenerator()
      let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let created = files.createFile(
        atPath: path, contents: Data((hex(bytes) + "\n").utf8), attributes: [.posixPermissions: 0o600])
      guard created else {
        throw AuditTrailError.badKey(
          source: path, reason: "could not be created; check the folder's permissions")
      }
    }
    let attributes = try files.attributesOfItem(atPath: path)
    if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
      throw AuditTrailError.badKey(
        source: path,
        reason: "is readable by others (mode \(String(mode, radix: 8))); run `chmod 600 \(path)`")
    }
    guard let data = files.contents(atPath: path),
      let key = AuditKey(hex: String(decoding: data, as: UTF8.self))
    else {
      throw AuditTrailError.badKey(
        source: path, reason: "must hold 64 hex digits; restore it from your backup")
    }
    return key
  }

  /// HMAC-SHA-256 of `text`, as 64 hex digits.
  public func mac(_ text: String) -> String {
    Self.hex(Array(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)))
  }

  /// Installs the key on every connection of `configuration` as the SQL function the audit
  /// trail signs with; a connection without it writes unkeyed entries.
  public func install(in configuration: inout Configuration) {
    let function = DatabaseFunction(Self.sqlFunction, argumentCount: 1, pure: true) { values in
      guard let text = String.fromDatabaseValue(values[0]) else { return nil }
      return mac(text)
    }
    // GRDB runs every closure given to `prepareDatabase`, in order.
    configuration.prepareDatabase { db in db.add(function: function) }
  }

  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func bytes(hex: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    var high: UInt8?
    for character in hex.utf8 {
      let value: UInt8
      switch character {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): value = character - UInt8(ascii: "A") + 10
      default: return nil
      }
      if let first = high {
        bytes.append(first << 4 | value)
        high = nil
      } else {
        high = value
      }
    }
    return high == nil ? bytes : nil
  }
}

extension AuditKey {
  /// Whether the key function is installed on this connection.
  static func hasKey(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db, sql: "SELECT count(*) > 0 FROM pragma_function_list WHERE name = ?", arguments: [sqlFunction])
      ?? false
  }
}
