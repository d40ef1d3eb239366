import ArgumentParser
import CaseSim

extension Academy {
  /// `academy scenario list`: id, title, language, difficulty and SOPs of each scenario.
  struct ScenarioList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the scenarios of a directory.")

    @Option(help: "Directory of scenario files.") var scenarios = "scenarios"
    @Option(help: "Output format: text or json.") var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() async throws {
      let library = ScenarioLibrary(directory: scenarios)
      let loaded = try library.paths().map { try ScenarioLibrary.load(path: $0) }
      print(Self.render(loaded, format: format), terminator: "")
    }

    static func render(_ scenarios: [CaseSim.Scenario], format: ListFormat) -> String {
      switch format {
      case .text:
        return scenarios.map { scenario in
          "\(scenario.id)\t\(scenario.language)\t\(scenario.difficulty)\t\(scenario.sops.joined(separator: ","))\t\(scenario.title)\n"
        }.joined()
      case .json:
        let rows = scenarios.map { scenario in
          "{\"id\":\(quoted(scenario.id)),\"title\":\(quoted(scenario.title)),\"language\":\(quoted(scenario.language)),"
            + "\"difficulty\":\(scenario.difficulty),\"sops\":[\(scenario.sops.map(quoted).joined(separator: ","))]}"
        }
        return "[" + rows.joined(separator: ",\n") + "]\n"
      }
    }

    static func quoted(_ text: String) -> String {
      var result = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        default: result.unicodeScalars.append(scalar)
        }
      }
      return result + "\""
    }
  }
}
