import Foundation
import Testing

@testable import CaseSim

@Suite struct ActionsFileTests {
  /// JSON that does not parse is reported with the line and column of the first mistake.
  @Test(arguments: [
    (
      "{\n  \"actions\": [\n    {\"action\": call}\n  ]\n}\n",
      "invalid JSON (line 3, column 16: Invalid value)"
    ),
    ("[{\"action\": \"call\"}", "invalid JSON (line 1, column 20: Unexpected end of file during JSON parse)"),
  ])
  func namesTheLineOfInvalidJSON(_ text: String, _ expected: String) {
    #expect(throws: SimulationError.unreadableActions(path: "a.json", detail: expected)) {
      try ActionsFile.parse(Data(text.utf8), path: "a.json")
    }
  }

  /// An action that fails while it is played names the file and its position.
  @Test func namesTheFileAndPositionOfAnActionThatFails() throws {
    let attempt = try CaseFixtures.attempt("forgetful-payer")
    let file = try ActionsFile.parse(
      Data(
        #"[{"action": "review_account"}, {"wait": 1}, {"action": "record_promise", "invoices": ["overdue"], "amount": "1000000000", "promised_date": "+3"}]"#
          .utf8), path: "try.json")
    #expect(
      throws: SimulationError.badAction(
        path: "try.json", index: 3,
        detail:
          "record_promise: parameter 'amount' value '1000000000': too large; amounts go up to 999999999.99")
    ) {
      try attempt.play(seed: 1, commands: file.commands, path: "try.json")
    }
  }
}
