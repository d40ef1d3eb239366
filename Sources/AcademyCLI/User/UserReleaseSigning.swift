import AcademyServices
import ArgumentParser
import People

extension Academy.User {
  /// `academy user release-signing NAME --as MANAGER`: the second person after an admin's
  /// password reset.
  struct ReleaseSigning: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "release-signing",
      abstract: "Confirm a user's identity after an admin reset their password, so they can sign again.",
      discussion: """
        An admin's password reset puts the user's signing on hold: the admin knew the password.
        A second person, another admin or a manager (never the admin who reset it), confirms
        the user's identity with their own password.
        """)

    @Argument(help: "The user whose signing is on hold.") var name: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      // The releaser's own password, through the throttle; a token confirms nobody.
      let releaser = try store.signingSigner(in: database)
      try database.users.releaseSigning(name: name, by: releaser)
      print("\(name): signing released by \(releaser.userName)")
    }
  }
}
