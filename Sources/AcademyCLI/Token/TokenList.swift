import ArgumentParser

extension Academy.Token {
  /// `academy token list`: every token issued, revoked ones too.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List tokens: label, user, who issued it and when, revoked.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
      for token in try store.open().users.tokens() {
        let state = token.revokedAt.map { "revoked \($0) by \(token.revokedBy ?? "?")" } ?? "active"
        print("\(token.label)\t\(token.userName)\tissued \(token.issuedAt) by \(token.issuedBy)\t\(state)")
      }
    }
  }
}
