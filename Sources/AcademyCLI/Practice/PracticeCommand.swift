import CaseSim
import SOPKit

/// Reads one typed line (`call contact=accounts_payable language=es`) into a command; the
/// parsing is CaseSim's, shared with the web workbench.
enum PracticeCommand {
  static func parse(_ line: String) throws -> CaseCommand {
    do {
      return try CaseCommandLine.parse(line)
    } catch let entry as ActionsFile.EntryProblem {
      throw problem(entry.localizedDescription)
    }
  }

  static func problem(_ text: String) -> SimulationError {
    SimulationError.badAction(path: "input", index: 1, detail: text)
  }
}
