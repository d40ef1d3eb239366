import Yams

/// A plan's words in one language other than the one it is written in (`translations` in
/// `docs/plan-format.md`): its title and the text of each trainer sign-off, by item id.
public struct PlanText: Sendable, Hashable, Codable {
  /// The plan's title.
  public var title: String
  /// Each sign-off item's text, by the item's id (`sign-off-shadowing`, `sign-off-4`).
  public var signOffs: [String: String]

  /// Creates a text.
  public init(title: String, signOffs: [String: String] = [:]) {
    self.title = title
    self.signOffs = signOffs
  }

  enum CodingKeys: String, CodingKey {
    case title
    case signOffs = "sign_off"
  }
}

extension PlanTemplate {
  /// The language plans are written in: the centre's working language. Their translations
  /// say what each other language reads.
  public static let writtenIn = "en"
}

extension Assignment {
  /// The plan's title for a reader of `language`, and the language it is in.
  public func title(in language: String) -> (text: String, language: String) {
    guard let translated = translations?[language]?.title else { return (title, PlanTemplate.writtenIn) }
    return (translated, language)
  }

  /// A sign-off item's text for a reader of `language`, and the language it is in; nil for
  /// other items.
  public func text(of item: TrainingItem, in language: String) -> (text: String, language: String)? {
    guard let text = item.text else { return nil }
    guard let translated = translations?[language]?.signOffs[item.key] else {
      return (text, PlanTemplate.writtenIn)
    }
    return (translated, language)
  }
}

extension PlanReader {
  /// `translations:`: a language code to the plan's title and its sign-offs' texts, each
  /// naming a sign-off item of the plan.
  mutating func translations(_ node: Node?, items: [PlanItemSpec]) -> [String: PlanText] {
    guard let node else { return [:] }
    guard let mapping = node.mapping else {
      report(node, "translations must map a language code (es) to the plan's title and sign_off texts")
      return [:]
    }
    let signOffs = Set(items.filter { $0.kind == .signOff }.map(\.id))
    var result: [String: PlanText] = [:]
    for (key, value) in mapping {
      let language = key.string ?? ""
      guard language.count == 2, language.allSatisfy(\.isLowercase), language != PlanTemplate.writtenIn else {
        report(
          key,
          "translations.\(language): name a two-letter language code other than "
            + "\(PlanTemplate.writtenIn), the language plans are written in")
        continue
      }
      let what = "translations.\(language)"
      guard let fields = fields(value, allowed: ["title", "sign_off"], required: ["title"], what: what),
        let title = string(fields["title"], "\(what).title")
      else { continue }
      var texts: [String: String] = [:]
      if let list = fields["sign_off"] {
        if let pairs = list.mapping {
          for (itemKey, itemText) in pairs {
            let id = itemKey.string ?? ""
            guard signOffs.contains(id) else {
              let known = signOffs.sorted().joined(separator: ", ")
              report(
                itemKey,
                "\(what).sign_off.\(id) is not a sign-off item of the plan; "
                  + (known.isEmpty ? "the plan has none" : "its sign-off items are \(known)"))
              continue
            }
            if let text = string(itemText, "\(what).sign_off.\(id)") { texts[id] = text }
          }
        } else {
          report(list, "\(what).sign_off must map each sign-off item's id to its text")
        }
      }
      result[language] = PlanText(title: title, signOffs: texts)
    }
    return result
  }
}
