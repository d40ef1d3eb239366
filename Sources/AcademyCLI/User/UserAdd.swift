import ArgumentParser
import People

extension Academy.User {
  /// `academy user add NAME --full-name "..." --role R [--role R2] [--as ADMIN] [--password-stdin]`.
  /// With `--password-stdin` the admin's password is the first line and the new user's the
  /// second (the first user of an empty store: one line, their own).
  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a user (the first user must be an admin; after that only an admin adds users).")

    @Argument(help: "User name (a-z, 0-9, '.', '_', '-').")
    var name: String

    @Option(name: .long, help: "Full printed name, shown on signatures.")
    var fullName: String

    @Option(
      name: .long, help: "Role: trainee, author, approver, manager, admin, or a job role (ar-team-lead).")
    var role: [String] = []

    @OptionGroup var store: StoreOptions

    func validate() throws {
      if role.isEmpty { throw ValidationError("give at least one --role") }
    }

    func run() async throws {
      let roles = try role.map { try Role($0) }
      let database = try store.open()
      // The first user of an empty store needs no one to vouch for them; after that an admin
      // proves who they are (their password comes first on standard input).
      let admin =
        try database.users.isEmpty()
        ? store.actorName : store.provenActor(in: database, for: "user add", tokens: false).userName
      let password = try PasswordReader.read(
        fromStandardInput: store.passwordStdin, prompt: "Password for the new user \(name): ")
      let account = try database.users.add(
        name: name, fullName: fullName, roles: roles, password: password, by: admin)
      print("added \(account.name) (\(account.fullName)): \(account.roleNames.joined(separator: ", "))")
    }
  }
}
