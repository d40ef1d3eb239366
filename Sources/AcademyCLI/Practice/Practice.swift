import ArgumentParser
import CaseSim
import Foundation

extension Academy {
  /// `academy practice`: work a case line by line in any terminal; `finish` scores it.
  struct Practice: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Practise a scenario in the terminal: type actions, 'help', 'status', 'history', 'sop', 'finish'.")

    @Option(help: "Scenario id (file name without .yaml).") var scenario: String
    @Option(help: "Seed of the case.") var seed: UInt64 = 1
    @Option(help: "Folder of SOP files used when the store has no revision in force.") var sops = "sops"
    @Option(help: "Data folder holding the SOP store (default: $ACADEMY_DATA or ./.academy).") var data:
      String?
    @Option(help: "Directory of scenario files.") var scenarios = "scenarios"

    func run() async throws {
      let loaded = try ScenarioLibrary(directory: scenarios).scenario(id: scenario)
      let folder = data ?? ProcessInfo.processInfo.environment["ACADEMY_DATA"] ?? ".academy"
      let processes = try GoverningSOPs(sopsFolder: sops, dataFolder: folder).processes(for: loaded)
      var session = PracticeSession(attempt: CaseAttempt(scenario: loaded, processes: processes), seed: seed)
      print(session.opening(), terminator: "")
      while let line = readLine() {
        let reply = session.handle(line)
        print(reply.text, terminator: "")
        if reply.finished { return }
      }
      print(session.handle("finish").text, terminator: "")
    }
  }
}
