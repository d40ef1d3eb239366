import Foundation
import SOPKit
import Testing

@testable import CaseSim

/// A live case stores each command as one line of JSON: every command of every shipped attempt
/// reads back as the same command, and one command always writes the same text.
@Suite struct CaseCommandEntryTests {
  @Test func everyShippedCommandReadsBackFromItsJSON() throws {
    let folder = CaseFixtures.root.appendingPathComponent("scenarios/actions").path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
    #expect(names.count > 10)
    var seen = 0
    for name in names {
      for command in try ActionsFile.load(path: "\(folder)/\(name)").commands {
        #expect(try CaseCommand(json: command.json) == command, "\(name): \(command.json)")
        seen += 1
      }
    }
    #expect(seen > 100)
  }

  @Test func theTextIsStableAndReadableAsAnActionsFileEntry() throws {
    let command = CaseCommand.act(
      CaseAction(
        .requestPlanApproval, parameters: ["note": "two halves"], invoices: ["overdue", "2"],
        instalments: [Instalment(date: "+7", amount: "share:0.5")]))
    #expect(
      command.json
        == #"{"action":"request_plan_approval","instalments":[{"amount":"share:0.5","date":"+7"}],"#
        + #""invoices":["overdue","2"],"note":"two halves"}"#)
    #expect(CaseCommand.wait(days: 3).json == #"{"wait":3}"#)
    #expect(try CaseCommand(json: #"{"wait_for":"promise_broken"}"#) == .waitFor(.promiseBroken))
    #expect(throws: ActionsFile.EntryProblem.self) { try CaseCommand(json: "[1]") }
  }
}
