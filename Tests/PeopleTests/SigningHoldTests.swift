import AuditTrail
import Testing

@testable import People

/// An admin who resets a password knows it: the user cannot act or sign until a second
/// person (another admin or a manager, never the resetting admin) confirms them.
@Suite struct SigningHoldTests {
  @Test func anAdminAloneCannotSignWithAResetPassword() throws {
    let people = try UserDirectoryTests().directory()
    try people.add(
      name: "root", fullName: "Root Admin", roles: [.admin], password: "Copper-Lantern-41", by: nil)
    try people.add(
      name: "lea", fullName: "Lea Díaz", roles: [.approver], password: "Quiet-Harbour-71", by: "root")
    try people.add(
      name: "max", fullName: "Max Ruiz", roles: [.manager], password: "Silver-Meadow-52", by: "root")
    try people.resetPassword(name: "lea", to: "Winter-Orchard-93", by: "root")
    // The admin logs in with the reset password and changes it: still on hold.
    try people.changePassword(name: "lea", current: "Winter-Orchard-93", new: "Granite-Bridge-77")
    #expect(throws: PeopleError.signingOnHold("lea", resetBy: "root")) {
      try people.authenticateOwn(name: "lea", password: "Granite-Bridge-77")
    }
    // Neither the resetting admin nor the user can release it.
    #expect(throws: PeopleError.self) {
      try people.releaseSigning(
        name: "lea", by: try people.authenticateOwn(name: "root", password: "Copper-Lantern-41"))
    }
    #expect(throws: PeopleError.self) {
      try people.releaseSigning(name: "lea", by: try people.signer(named: "lea"))
    }
    #expect(throws: PeopleError.self) {
      try people.releaseSigning(
        name: "lea", by: try people.authenticateOwn(name: "max", password: "wrong password here"))
    }
    try people.releaseSigning(
      name: "lea", by: try people.authenticateOwn(name: "max", password: "Silver-Meadow-52"))
    #expect(try people.authenticateOwn(name: "lea", password: "Granite-Bridge-77").userName == "lea")
    let actions = try people.writer.read { db in
      try AuditLog.entries(subject: "user:lea", in: db).map(\.action)
    }
    #expect(actions.suffix(3) == ["user.password.reset", "user.password", "user.signing.release"])
  }
}
