import Foundation
import SOPKit

@testable import CaseSim

/// Shipped SOPs and attempts, and a way to run an attempt against any set of processes.
enum CaseFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let sops = root.appendingPathComponent("sops").path
  static let actions = root.appendingPathComponent("scenarios/actions").path

  static func document(_ id: String, replacing old: String? = nil, with new: String = "") throws
    -> SOPDocument
  {
    let names = try FileManager.default.contentsOfDirectory(atPath: sops)
    let prefix = id.lowercased() + "-"
    guard let name = names.first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".md") }) else {
      throw SimulationError.unusableProcess(sopID: id, detail: "no file")
    }
    var text = try String(contentsOfFile: "\(sops)/\(name)", encoding: .utf8)
    if let old { text = text.replacingOccurrences(of: old, with: new) }
    return SOPDocument.parse(SourceFile(path: name, text: text)).document
  }

  static func processes(for scenario: Scenario) throws -> [GoverningProcess] {
    try scenario.sops.map {
      try GoverningProcess(document: document($0), revision: GoverningProcess.workingCopy)
    }
  }

  static func attempt(_ scenarioID: String) throws -> CaseAttempt {
    let scenario = try ScenarioFixtures.shipped(scenarioID)
    return CaseAttempt(scenario: scenario, processes: try processes(for: scenario))
  }

  static func actionsFiles() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: actions)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(actions)/\($0)" }
  }
}
