import AuditTrail
import Foundation
import GRDB
import Testing

@testable import People

@Suite struct PasswordPolicyTests {
  func refusal(_ password: String, user: String = "ana.ruiz", fullName: String = "Ana Ruiz Soto")
    -> PasswordPolicy.Refusal?
  {
    PasswordPolicy.refusal(password, userName: user, fullName: fullName)
  }

  @Test func commonPasswordsAreRefusedWhateverTheirCase() {
    for password in ["password", "12345678", "PassWord1", "qwertyuiop", "iloveyou", "Academy123"] {
      #expect(refusal(password) == .common, "\(password)")
    }
    #expect(PasswordPolicy.commonPasswords.count == 5_000)
  }

  @Test func repeatedCharactersAndBlanksAreRefused() {
    for password in [
      "aaaaaaaa", "        ", "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}",
      "ZZZZZZZZZZzz",
    ] {
      #expect(refusal(password) == .repetitive, "\(password.debugDescription)")
    }
  }

  @Test func theUsersOwnNamesAreRefused() {
    #expect(refusal("my-ana.ruiz-key") == .containsName)
    #expect(refusal("ANA RUIZ SOTO rules") == .containsName)
    #expect(refusal("soto-2026-harbour") == .containsName)
    #expect(refusal("kettle-ruiz-99") == .containsName)
    #expect(refusal("kettle-harbour-99") == nil)
    // A short name part alone ("ana") is no reason to refuse: it is in too many words.
    #expect(refusal("banana-kettle-99") == nil)
    #expect(refusal("tina-kettle-99", user: "tina", fullName: "Tina Gil") == .containsName)
  }

  @Test func longPassphrasesOfAnyCharactersAreWelcome() {
    let passphrase = "correct horse battery staple, then a café con leche at 7 o'clock!"
    #expect(passphrase.count >= 64)
    #expect(refusal(passphrase) == nil)
    #expect(refusal(String(repeating: "kettle harbour ", count: 8)) == nil)
    #expect(refusal("señal 🙂 ñandú") == nil)
    #expect(refusal(String(repeating: "x1", count: 65)) == .tooLong)
    #expect(refusal("short") == .tooShort)
    #expect(refusal("tab\there-kettle") == .controlCharacter)
    #expect(refusal("nul\u{0}kettle-harbour") == .controlCharacter)
  }

  @Test func eachRefusalSaysWhatToChooseInstead() {
    let error = PeopleError.weakPassword(.common)
    #expect(
      error.localizedDescription
        == "the password is one of the most common passwords, which attackers try first: "
        + "choose a passphrase of a few unrelated words, e.g. 'blue kettle after midnight'")
    #expect(
      PeopleError.weakPassword(.containsName).localizedDescription.hasPrefix(
        "the password must not contain your user name or your name: choose a passphrase"))
  }

  func directory() throws -> UserDirectory { try UserDirectoryTests().directory() }

  @Test func everyWayOfSettingAPasswordAppliesThePolicy() throws {
    let people = try directory()
    #expect(throws: PeopleError.weakPassword(.common)) {
      try people.add(name: "root", fullName: "Root Admin", roles: [.admin], password: "password", by: nil)
    }
    try people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "granite-kettle-41", by: nil)
    #expect(throws: PeopleError.weakPassword(.containsName)) {
      try people.add(
        name: "ana.ruiz", fullName: "Ana Ruiz", roles: [.author], password: "Ana.Ruiz-2026", by: "root")
    }
    try people.add(
      name: "ana.ruiz", fullName: "Ana Ruiz", roles: [.author], password: "meadow-812-k", by: "root")
    #expect(throws: PeopleError.weakPassword(.repetitive)) {
      try people.changePassword(name: "ana.ruiz", current: "meadow-812-k", new: "aaaaaaaa")
    }
    #expect(throws: PeopleError.weakPassword(.common)) {
      try people.resetPassword(name: "ana.ruiz", to: "12345678", by: "root")
    }
    #expect(throws: PeopleError.weakPassword(.containsName)) {
      try people.resetPassword(name: "ana.ruiz", to: "ruiz-kettle-1", by: "root")
    }
    _ = try people.authenticate(name: "ana.ruiz", password: "meadow-812-k")
  }

  @Test func aWrongCurrentPasswordIsAnsweredTheSameWhateverTheNewOne() throws {
    let people = try directory()
    try people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "granite-kettle-41", by: nil)
    for new in ["granite-kettle-41", "password", "x", "fresh-harbour-77"] {
      #expect(throws: PeopleError.wrongPassword("root")) {
        try people.changePassword(name: "root", current: "wrong-guess-1", new: new)
      }
    }
    #expect(throws: PeopleError.samePassword) {
      try people.changePassword(name: "root", current: "granite-kettle-41", new: "granite-kettle-41")
    }
  }

  @Test func fullNamesRefuseLineBreaksAndControlCharacters() throws {
    let people = try directory()
    for name in ["Root\r\nAdmin", "Root\nAdmin", "Root\u{7}Admin", "Root\tAdmin"] {
      #expect(throws: PeopleError.invalidFullName(name)) {
        try people.add(name: "root", fullName: name, roles: [.admin], password: "granite-kettle-41", by: nil)
      }
    }
    #expect(
      PeopleError.invalidFullName("Root\nAdmin").localizedDescription
        == "full name 'Root?Admin' holds a line break or another control character: type the name on one line"
    )
  }

  @Test func anUnknownNameCostsTheSameBcryptWorkAsAKnownOne() throws {
    let people = try directory()
    try people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "granite-kettle-41", by: nil)
    _ = UserDirectory.decoyHash
    func seconds(_ name: String) -> Double {
      let start = DispatchTime.now().uptimeNanoseconds
      for _ in 0..<3 { _ = try? people.authenticate(name: name, password: "wrong-guess-1") }
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 3e9
    }
    let known = seconds("root")
    let unknown = seconds("nobody")
    #expect(UserDirectory.decoyHash.contains("$10$"))
    // bcrypt at cost 10 takes tens of milliseconds; a lookup that skips it takes microseconds.
    #expect(unknown > known / 3, "unknown \(unknown) s, known \(known) s")
  }
}
