import ArgumentParser
import People

extension Academy.User {
  /// `academy user list`.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List users and their roles.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
      for account in try store.open().users.list() {
        print("\(account.name)\t\(account.fullName)\t\(account.roleNames.joined(separator: ","))")
      }
    }
  }
}
