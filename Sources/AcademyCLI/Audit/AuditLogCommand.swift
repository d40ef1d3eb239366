import ArgumentParser
import AuditTrail

extension Academy.Audit {
  /// `academy audit log [--sop ID]`.
  struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log", abstract: "Print audit entries, oldest first.")

    @Option(name: .long, help: "Only entries about this SOP.")
    var sop: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
      let entries = try store.open().audit.entries(sop: sop)
      for entry in entries {
        print("\(entry.seq)\t\(entry.time)\t\(entry.actor)\t\(entry.action)\t\(entry.subject)")
        if let before = entry.before { print("\tbefore: \(before)") }
        if let after = entry.after { print("\tafter:  \(after)") }
      }
    }
  }
}
