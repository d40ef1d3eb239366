import ArgumentParser
import AuditTrail

extension Academy.Audit {
  /// `academy audit verify`: recompute the chain and the signatures' hashes.
  struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify", abstract: "Recompute the audit chain; exit 1 naming the first bad entry.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let result = try await database.pool.read { db in try AuditLog.verify(in: db) }
      let problems = try database.store.verifySignatures()
      switch result {
      case .intact(let entries, let lastHash):
        print("audit trail intact: \(entries) entries, head \(lastHash.prefix(16))")
      case .broken(let seq, let reason):
        print("audit entry \(seq) does not match: \(reason)")
      }
      for problem in problems { print(problem) }
      if !result.isIntact || !problems.isEmpty { throw ExitCode.failure }
    }
  }
}
