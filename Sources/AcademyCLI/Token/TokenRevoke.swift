import ArgumentParser

extension Academy.Token {
  /// `academy token revoke t3 --as ADMIN`.
  struct Revoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "revoke", abstract: "Revoke a token (needs an admin's password).")

    @Argument(help: "The token's label from 'token list', e.g. t3.") var label: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let admin = try store.provenActor(in: database, for: "token revoke", tokens: false)
      let token = try database.users.revokeToken(label, by: admin)
      print("revoked \(token.label) (acted as \(token.userName))")
    }
  }
}
