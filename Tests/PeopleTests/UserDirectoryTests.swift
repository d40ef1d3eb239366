import AuditTrail
import GRDB
import Testing

@testable import People

@Suite struct UserDirectoryTests {
  func directory() throws -> UserDirectory {
    let queue = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    AuditLog.registerMigrations(in: &migrator)
    UserDirectory.registerMigrations(in: &migrator)
    try migrator.migrate(queue)
    return UserDirectory(writer: queue)
  }

  @Test func firstUserMustBeAdminThenOnlyAdminsAdd() throws {
    let people = try directory()
    #expect(throws: PeopleError.firstUserMustBeAdmin) {
      try people.add(name: "ana", fullName: "Ana", roles: [.author], password: "longenough", by: nil)
    }
    try people.add(name: "root", fullName: "Root Admin", roles: [.admin], password: "longenough", by: nil)
    #expect(throws: PeopleError.actorRequired) {
      try people.add(name: "ana", fullName: "Ana", roles: [.author], password: "longenough", by: nil)
    }
    try people.add(name: "ana", fullName: "Ana López", roles: [.author], password: "longenough", by: "root")
    #expect(throws: PeopleError.notAdmin("ana")) {
      try people.add(name: "bob", fullName: "Bob", roles: [.author], password: "longenough", by: "ana")
    }
    #expect(throws: PeopleError.duplicateUser("ana")) {
      try people.add(name: "ana", fullName: "Ana", roles: [.author], password: "longenough", by: "root")
    }
    #expect(try people.list().map(\.name) == ["ana", "root"])
    let audited = try people.writer.read { try AuditLog.entries(in: $0) }
    #expect(audited.map(\.action) == ["user.add", "user.add"])
    #expect(audited.allSatisfy { !($0.after ?? "").contains("$2") })
  }

  @Test func authenticationNeedsTheRightPassword() throws {
    let people = try directory()
    try people.add(
      name: "root", fullName: "Root Admin", roles: [.admin, try Role("ar-manager")], password: "s3cret-pass",
      by: nil)
    let signer = try people.authenticate(name: "root", password: "s3cret-pass")
    #expect(signer == .init(userName: "root", printedName: "Root Admin", roles: ["admin", "ar-manager"]))
    #expect(throws: PeopleError.wrongPassword("root")) {
      try people.authenticate(name: "root", password: "s3cret-pasS")
    }
    #expect(throws: PeopleError.unknownUser("nobody")) {
      try people.authenticate(name: "nobody", password: "x")
    }
    let hash = try #require(try people.list().first?.passwordHash)
    #expect(hash.hasPrefix("$2"))
    #expect(!hash.contains("s3cret"))
  }

  @Test func rolesAndNamesAreValidated() throws {
    #expect(throws: PeopleError.invalidRole("admn")) { try Role("admn") }
    #expect(throws: PeopleError.invalidRole("AR-Lead")) { try Role("AR-Lead") }
    #expect(try Role("ar-team-lead").name == "ar-team-lead")
    let people = try directory()
    #expect(throws: PeopleError.invalidUserName("Ana Ruiz")) {
      try people.add(name: "Ana Ruiz", fullName: "Ana", roles: [.admin], password: "longenough", by: nil)
    }
    #expect(throws: PeopleError.weakPassword(.tooShort)) {
      try people.add(name: "ana", fullName: "Ana", roles: [.admin], password: "short", by: nil)
    }
    #expect(throws: PeopleError.missingFullName) {
      try people.add(name: "ana", fullName: "  ", roles: [.admin], password: "longenough", by: nil)
    }
  }
}
