import Foundation
import SOPKit

/// How the library pages word and mark up revisions, signatures and search snippets.
enum LibraryFormat {
  /// The state in the UI language.
  static func state(_ state: RevisionState, _ language: UILanguage) -> String {
    UIText.text("lib_state_" + state.rawValue.replacingOccurrences(of: "-", with: "_"), language)
  }

  /// The badge class of a state: in force is good, work in progress is a warning.
  static func badge(_ state: RevisionState) -> String {
    switch state {
    case .effective, .approved: return "good"
    case .draft, .inReview: return "warn"
    case .obsolete, .withdrawn, .superseded: return ""
    }
  }

  /// A state as templates show it.
  static func stateData(_ state: RevisionState, _ language: UILanguage) -> [String: Any] {
    ["label": Self.state(state, language), "badge": badge(state), "code": state.rawValue]
  }

  /// `2026-03-01T10:00:00.000Z` as `2026-03-01 10:00 UTC`.
  static func time(_ timestamp: String?) -> String {
    guard let timestamp, timestamp.count >= 16 else { return timestamp ?? "" }
    let day = timestamp.prefix(10)
    let clock = timestamp.dropFirst(11).prefix(5)
    return "\(day) \(clock) UTC"
  }

  /// What a signature means, as the signer reads it before signing.
  static func meaning(_ meaning: SignatureMeaning, _ language: UILanguage) -> String {
    UIText.text("lib_meaning_" + meaning.rawValue, language)
  }

  /// Signatures as table rows.
  static func signatures(_ signatures: [StoredSignature], _ language: UILanguage) -> [[String: Any]] {
    signatures.map {
      [
        "printed_name": $0.printedName, "user": $0.userName, "meaning": meaning($0.meaning, language),
        "rejected": $0.meaning == .rejection, "time": time($0.signedAt), "comment": $0.comment ?? "",
        "round": $0.round,
      ]
    }
  }

  /// The class with its basis in the UI language.
  static func changeClass(_ changeClass: ChangeClass, _ language: UILanguage) -> String {
    UIText.text("lib_class_" + changeClass.rawValue, language)
  }

  /// A search snippet split at the store's `«»` match markers. Unbalanced markers (the text's
  /// own Spanish quotes) stay text.
  static func snippetParts(_ snippet: String) -> [SnippetPart] {
    var parts: [SnippetPart] = []
    var current = ""
    var inMatch = false
    for character in snippet {
      if character == "«", !inMatch, snippet.contains("»") {
        if !current.isEmpty { parts.append(SnippetPart(text: current, match: false)) }
        current = ""
        inMatch = true
      } else if character == "»", inMatch {
        if !current.isEmpty { parts.append(SnippetPart(text: current, match: true)) }
        current = ""
        inMatch = false
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { parts.append(SnippetPart(text: current, match: inMatch)) }
    return parts
  }

  /// The snippet as escaped HTML with matches in `<mark>`.
  static func snippetHTML(_ snippet: String) -> String {
    snippetParts(snippet).map { part in
      let text = HTMLText.escape(part.text)
      return part.match ? "<mark>\(text)</mark>" : text
    }.joined()
  }

  /// The page of one revision.
  static func href(_ sopID: String, number: String? = nil) -> String {
    "/sops/\(sopID)" + (number.map { "?rev=\($0)" } ?? "")
  }
}

/// A piece of a search snippet: text, matched or not.
struct SnippetPart: Sendable, Codable, Hashable {
  var text: String
  var match: Bool
}
