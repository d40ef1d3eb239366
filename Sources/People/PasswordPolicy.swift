import Foundation

/// What a password must be, in the spirit of NIST SP 800-63B (5.1.1.2): long enough, long
/// passphrases welcome (any printable characters, spaces included), and never one that an
/// attacker tries first: a common password, one character repeated, or the person's own name.
/// No composition rules (a digit, a capital...) and no expiry: those make passwords weaker.
public enum PasswordPolicy {
  /// Shortest password accepted, in characters.
  public static let minimumLength = 8
  /// Longest password accepted, in characters: room for any passphrase. bcrypt reads only the
  /// first 72 bytes, so characters past those add nothing, yet they are harmless.
  public static let maximumLength = 128

  /// Why a password was refused; each says what to choose instead.
  public enum Refusal: Sendable, Hashable {
    /// Fewer than `minimumLength` characters.
    case tooShort
    /// More than `maximumLength` characters.
    case tooLong
    /// A control character (a tab, a line break, NUL): nothing a keyboard types into the field.
    case controlCharacter
    /// Only spaces, or one character repeated.
    case repetitive
    /// On the list of common passwords (or the product's own name).
    case common
    /// Contains the user name, the full name or a part of it.
    case containsName
  }

  /// Refuses `password` for the user `userName` with the printed name `fullName`.
  public static func check(_ password: String, userName: String, fullName: String) throws(PeopleError) {
    if let refusal = refusal(password, userName: userName, fullName: fullName) {
      throw .weakPassword(refusal)
    }
  }

  /// The first rule `password` breaks, or nil when it is acceptable.
  public static func refusal(_ password: String, userName: String, fullName: String) -> Refusal? {
    guard password.count >= minimumLength else { return .tooShort }
    guard password.count <= maximumLength else { return .tooLong }
    guard !password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
      return .controlCharacter
    }
    let folded = password.lowercased()
    if folded.allSatisfy(\.isWhitespace) || Set(folded).count == 1 { return .repetitive }
    if commonPasswords.contains(folded) || contextWords.contains(folded) { return .common }
    if nameParts(userName: userName, fullName: fullName).contains(where: folded.contains) {
      return .containsName
    }
    return nil
  }

  /// The user name, the full name, and each part of either of four characters or more (a
  /// surname alone is as guessable as the whole name), lower-cased.
  static func nameParts(userName: String, fullName: String) -> [String] {
    let whole = [userName, fullName].map { $0.lowercased() }.filter { !$0.isEmpty }
    let parts = whole.flatMap { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
    return whole + parts.filter { $0.count >= 4 }
  }

  /// Words an attacker of this installation tries first.
  static let contextWords: Set<String> = [
    "academy", "academy1", "academy123", "collections", "collections1", "contraseña", "contrasena",
  ]

  /// The 5,000 most common passwords of eight characters or more, lower-cased, from the list
  /// Django ships (`common-passwords.txt.gz`, 20,000 passwords gathered by Royce Williams from
  /// leaked password sets), in order of frequency; the shorter ones fail the length rule anyway.
  static let commonPasswords: Set<String> = {
    guard
      let url = Bundle.module.url(
        forResource: "common-passwords", withExtension: "txt", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      preconditionFailure("People's resource Resources/common-passwords.txt is missing: rebuild academy")
    }
    return Set(text.split(whereSeparator: \.isNewline).map { $0.lowercased() })
  }()
}

extension PasswordPolicy.Refusal {
  /// What is wrong and what to choose instead.
  public var advice: String {
    let min = PasswordPolicy.minimumLength
    let choose = "choose a passphrase of a few unrelated words, e.g. 'blue kettle after midnight'"
    switch self {
    case .tooShort:
      return "the password must have at least \(min) characters: \(choose)"
    case .tooLong:
      return "the password must have at most \(PasswordPolicy.maximumLength) characters: \(choose)"
    case .controlCharacter:
      return "the password must not contain tabs, line breaks or other control characters: \(choose)"
    case .repetitive:
      return "the password must not be only spaces or one character repeated: \(choose)"
    case .common:
      return "the password is one of the most common passwords, which attackers try first: \(choose)"
    case .containsName:
      return "the password must not contain your user name or your name: \(choose)"
    }
  }
}
