import AcademyServices
import ArgumentParser
import CaseSim
import Foundation
import TrainingKit

extension Academy {
  /// `academy practice`: work a case line by line in any terminal; `finish` scores it.
  struct Practice: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Practise a scenario in the terminal: type actions, 'help', 'status', 'history', 'sop', 'finish'.")

    @Option(help: "Scenario id (file name without .yaml).") var scenario: String
    @Option(help: "Seed of the case.") var seed: UInt64 = 1
    @Option(help: "Folder of SOP files used when the store has no revision in force.") var sops = "sops"
    @OptionGroup var store: StoreOptions
    @OptionGroup var feedback: FeedbackOptions
    @Option(help: "Directory of scenario files.") var scenarios = "scenarios"
    @Flag(
      help:
        "Assessed attempt: 'sop' does not list the steps until the score (an attempt for an open pass item always is)."
    )
    var assessed = false

    func run() async throws {
      let loaded = try ScenarioLibrary(directory: scenarios).scenario(id: scenario)
      let recorded = try RecordedAttempt.begin(
        loaded, sops: sops, store: store, marked: assessed, command: "practice --as")
      let processes =
        try recorded?.processes
        ?? GoverningSOPs(sopsFolder: sops, dataFolder: store.dataFolder).processes(for: loaded)
      let startedAt = Date()
      let kind = recorded?.kind ?? (assessed ? .assessed : .guided)
      var session = PracticeSession(
        attempt: CaseAttempt(scenario: recorded?.scenario ?? loaded, processes: processes), seed: seed,
        feedback: try feedback.feedback(), kind: kind)
      print(session.opening(), terminator: "")
      var reply = PracticeSession.Reply(text: "")
      while !reply.finished, let line = readLine() {
        reply = session.handle(line)
        print(reply.text, terminator: "")
      }
      if !reply.finished {
        reply = session.handle("finish")
        print(reply.text, terminator: "")
      }
      if let report = reply.report {
        try recorded?.record(report, startedAt: startedAt)
      }
    }
  }
}
