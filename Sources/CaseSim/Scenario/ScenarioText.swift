import Yams

/// What a scenario tells the trainee, in one language: its title, objectives and briefing.
/// A scenario is written in one language (`written_in`) and may carry translations
/// (`translations`, docs/scenario-format.md#translations).
public struct ScenarioText: Sendable, Hashable {
  /// `en` or `es`: the language the text is written in.
  public var language: String
  /// Title shown in lists.
  public var title: String
  /// What the trainee should achieve, one line each.
  public var objectives: [String]
  /// What the trainee reads at the start.
  public var briefing: String

  /// Creates a text.
  public init(language: String, title: String, objectives: [String], briefing: String) {
    self.language = language
    self.title = title
    self.objectives = objectives
    self.briefing = briefing
  }
}

extension Scenario {
  /// The languages a scenario's text may be written or translated in.
  public static let textLanguages = ["en", "es"]

  /// The scenario's text as written.
  public var original: ScenarioText {
    ScenarioText(language: writtenIn, title: title, objectives: objectives, briefing: briefing)
  }

  /// The scenario's text for a reader of `language`: its translation when it has one, else as
  /// written (the page marks it with its own language).
  public func text(in language: String) -> ScenarioText { translations[language] ?? original }
}

extension ScenarioReader {
  /// `translations:`: a language code to the title, objectives and briefing in it; each
  /// translation has as many objectives as the original, in the same order.
  mutating func translations(
    _ node: Node?, writtenIn: String, objectives: Int?
  ) -> [String: ScenarioText] {
    guard let node else { return [:] }
    guard let mapping = node.mapping else {
      report(
        node,
        "translations must map a language code (\(Scenario.textLanguages.joined(separator: ", "))) "
          + "to its title, objectives and briefing", rule: "scenario-type")
      return [:]
    }
    var result: [String: ScenarioText] = [:]
    for (key, value) in mapping {
      let language = key.string ?? ""
      guard Scenario.textLanguages.contains(language), language != writtenIn else {
        report(
          key,
          "translations.\(language): a translation is in one of "
            + "\(Scenario.textLanguages.filter { $0 != writtenIn }.joined(separator: ", ")), "
            + "not the language the scenario is written in (\(writtenIn))", rule: "scenario-type")
        continue
      }
      let path = "translations.\(language)"
      guard
        let fields = fields(
          value, at: path, allowed: ["title", "objectives", "briefing"],
          required: ["title", "objectives", "briefing"])
      else { continue }
      let title = string(fields["title"], "\(path).title")
      let lines = strings(fields["objectives"], "\(path).objectives")
      let briefing = string(fields["briefing"], "\(path).briefing")
      if let lines, let objectives, lines.count != objectives {
        report(
          fields["objectives"],
          "\(path).objectives has \(lines.count) entries and objectives \(objectives): "
            + "translate each objective once, in the same order", rule: "scenario-translation")
      }
      guard let title, let lines, let briefing else { continue }
      result[language] = ScenarioText(language: language, title: title, objectives: lines, briefing: briefing)
    }
    return result
  }
}
