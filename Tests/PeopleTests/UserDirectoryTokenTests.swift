import AuditTrail
import GRDB
import Testing

@testable import People

/// Automation tokens (issued by an admin's own proof, stored as a hash, named in the audit
/// trail, revocable) and the rule that a password someone else set proves and signs nothing.
@Suite struct UserDirectoryTokenTests {
  func directory() throws -> (UserDirectory, DatabaseQueue) {
    let queue = try DatabaseQueue()
    var migrator = DatabaseMigrator()
    AuditLog.registerMigrations(in: &migrator)
    UserDirectory.registerMigrations(in: &migrator)
    try migrator.migrate(queue)
    let people = UserDirectory(writer: queue)
    try people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "lantern-412-quay", by: nil)
    try people.add(
      name: "ci-bot", fullName: "CI job", roles: [.author], password: "lantern-3123-quay", by: "root")
    try people.add(
      name: "marta", fullName: "Marta López", roles: [.approver], password: "lantern-51-quay", by: "root")
    return (people, queue)
  }

  @Test func aTokenActsAsItsUserAndTheAuditTrailNamesIt() throws {
    let (people, queue) = try directory()
    let admin = try people.authenticateOwn(name: "root", password: "lantern-412-quay")
    let (token, secret) = try people.issueToken(for: "ci-bot", by: admin)
    #expect(token.label == "t1")
    #expect(secret.hasPrefix("academy_t1_"))
    #expect(secret.count == "academy_t1_".count + 64)
    let signer = try people.authenticate(token: secret)
    #expect(signer.userName == "ci-bot")
    #expect(signer.roles == ["author"])
    #expect(signer.auditName == "ci-bot (token t1)")
    try queue.read { db in
      // Only the hash is kept: the secret is nowhere in the database.
      let stored = try String.fetchAll(db, sql: "SELECT secret_hash FROM automation_token")
      #expect(stored == [UserDirectory.hash(secret)])
      let audit = try String.fetchAll(db, sql: "SELECT COALESCE(after, '') FROM audit_entry")
      #expect(!audit.contains { $0.contains(secret) || $0.contains(stored[0]) })
      let issued = try #require(try AuditLog.entries(subject: "user:ci-bot", in: db).last)
      #expect(issued.action == "token.issue")
      #expect(issued.actor == "root")
    }
    #expect(throws: PeopleError.unknownToken) { try people.authenticate(token: secret + "0") }
  }

  @Test func onlyAnAdminsOwnProofIssuesOrRevokesAndARevokedTokenProvesNothing() throws {
    let (people, _) = try directory()
    let admin = try people.authenticateOwn(name: "root", password: "lantern-412-quay")
    let (_, secret) = try people.issueToken(for: "ci-bot", by: admin)
    #expect(throws: PeopleError.notAdmin("marta")) {
      try people.issueToken(for: "marta", by: try people.signer(named: "marta"))
    }
    var viaToken = admin
    viaToken.credential = "token t1"
    #expect(throws: PeopleError.tokenCannotManage("root")) {
      try people.issueToken(for: "marta", by: viaToken)
    }
    #expect(throws: PeopleError.unknownUser("nobody")) { try people.issueToken(for: "nobody", by: admin) }
    #expect(throws: PeopleError.unknownTokenLabel("t9")) { try people.revokeToken("t9", by: admin) }
    let revoked = try people.revokeToken("t1", by: admin)
    #expect(revoked.revokedBy == "root")
    let when = try #require(revoked.revokedAt)
    #expect(throws: PeopleError.revokedToken("t1", on: when)) { try people.authenticate(token: secret) }
    #expect(try people.tokens().map(\.isActive) == [false])
  }

  @Test func aResetPasswordCannotActOrSignUntilTheUserChangesIt() throws {
    let (people, _) = try directory()
    _ = try people.authenticateOwn(name: "marta", password: "lantern-51-quay")
    try people.resetPassword(name: "marta", to: "OneTime-123", by: "root")
    // It still logs in (the web then asks for a new password) but proves nothing for a signature.
    _ = try people.authenticate(name: "marta", password: "OneTime-123")
    #expect(throws: PeopleError.passwordNotOwn("marta")) {
      try people.authenticateOwn(name: "marta", password: "OneTime-123")
    }
    #expect(
      PeopleError.passwordNotOwn("marta").localizedDescription
        == "marta's password was set by an admin (a reset or a new account) and cannot act or sign until "
        + "marta changes it: log in on the web and choose a new one")
    try people.changePassword(name: "marta", current: "OneTime-123", new: "Sunlit-Quarry-2026")
    // The admin knew the reset password: a second person confirms marta before she signs.
    #expect(throws: PeopleError.signingOnHold("marta", resetBy: "root")) {
      try people.authenticateOwn(name: "marta", password: "Sunlit-Quarry-2026")
    }
    try people.add(
      name: "mia", fullName: "Mia Sanz", roles: [.manager], password: "Amber-Valley-2026", by: "root")
    try people.releaseSigning(
      name: "marta", by: try people.authenticateOwn(name: "mia", password: "Amber-Valley-2026"))
    #expect(try people.authenticateOwn(name: "marta", password: "Sunlit-Quarry-2026").userName == "marta")
  }
}
