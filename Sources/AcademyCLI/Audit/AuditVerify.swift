import ArgumentParser
import AuditTrail
import Foundation

extension Academy.Audit {
  /// `academy audit verify`: recompute the chain, the sealed records and the signatures'
  /// hashes, optionally against a checkpoint kept outside the data folder.
  struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Recompute the audit chain and the records it seals; exit 1 naming what does not match.")

    @OptionGroup var store: StoreOptions

    @Option(help: "A checkpoint from `audit checkpoint`: also prove nothing was cut off or rebuilt since.")
    var checkpoint: String?

    func run() async throws {
      let database = try store.open()
      let signed = try checkpoint.map(Self.readCheckpoint)
      let report = try database.audit.verify(checkpoint: signed)
      switch report.trail {
      case .intact(let entries, let lastHash):
        print("audit trail intact: \(entries) entries, head \(lastHash.prefix(16))")
        if let signed { print("checkpoint of \(signed.takenAt) at entry \(signed.seq): still in the chain") }
      case .broken(let seq, let reason):
        print("audit entry \(seq) does not match: \(reason)")
      case .recordsAltered(let findings, let lastSeq):
        print("audit chain intact to entry \(lastSeq), but records differ from what it sealed:")
        for finding in findings { print("  \(finding)") }
      }
      for problem in report.signatureProblems { print(problem) }
      if !report.isIntact { throw ExitCode.failure }
    }

    static func readCheckpoint(_ path: String) throws -> AuditCheckpoint {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("--checkpoint \(path): cannot be read; give the file `audit checkpoint` wrote")
      }
      do {
        return try JSONDecoder().decode(AuditCheckpoint.self, from: data)
      } catch {
        throw ValidationError("--checkpoint \(path): not a checkpoint written by `audit checkpoint`")
      }
    }
  }

  /// `academy audit checkpoint`: the chain's head signed with the audit key, to keep
  /// outside the data folder (another machine, a ticket, a mail to the QA manager).
  struct Checkpoint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "checkpoint",
      abstract: "Print (or write) the audit chain's head signed with the audit key, to keep elsewhere.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Write the checkpoint to this file instead of printing it.")
    var out: String?

    func run() async throws {
      let database = try store.open()
      let signed = try database.audit.checkpoint()
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let json = String(decoding: try encoder.encode(signed), as: UTF8.self) + "\n"
      if let out {
        guard FileManager.default.createFile(atPath: out, contents: Data(json.utf8)) else {
          throw ValidationError("--out \(out): cannot be written; check the folder exists and is writable")
        }
        print("checkpoint of entry \(signed.seq) written to \(out): keep it outside the data folder")
      } else {
        print(json, terminator: "")
      }
    }
  }
}
