import ArgumentParser
import Foundation

extension Academy.Token {
  /// `academy token issue NAME --as ADMIN`: prints the secret once; only its hash is kept.
  struct Issue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "issue",
      abstract: "Issue a token that acts as NAME (needs an admin's password; the token is shown once).")

    @Argument(help: "The user the token acts as, e.g. an account made for a CI job.") var name: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let admin = try store.provenActor(in: database, for: "token issue", tokens: false)
      let (token, secret) = try database.users.issueToken(for: name, by: admin)
      FileHandle.standardError.write(
        Data(
          "issued token \(token.label) acting as \(name); it is shown once: keep it as a secret (ACADEMY_TOKEN)\n"
            .utf8))
      print(secret)
    }
  }
}
