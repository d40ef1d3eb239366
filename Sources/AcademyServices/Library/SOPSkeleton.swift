import Foundation
import SOPKit

/// The text a new SOP starts from: valid front matter and every required section of its
/// language, each with a sentence saying what belongs there.
public struct SOPSkeleton: Sendable, Hashable {
  /// The new SOP's id.
  public var id: String
  /// Its title (one line).
  public var title: String
  /// Its owner's user name.
  public var owner: String
  /// Its approver entries (user names or roles).
  public var approvers: [String]
  /// Its language.
  public var language: SOPLanguage
  /// The SOP it translates, if any.
  public var translationOf: String?
  /// Its tags.
  public var tags: [String]

  /// Describes a new SOP; a title's line breaks become spaces.
  public init(
    id: String, title: String, owner: String, approvers: [String], language: SOPLanguage,
    translationOf: String? = nil, tags: [String] = []
  ) {
    self.id = id
    self.title = title.replacingOccurrences(of: "\n", with: " ")
    self.owner = owner
    self.approvers = approvers
    self.language = language
    self.translationOf = translationOf
    self.tags = tags
  }

  /// Approver entries and tags are plain names: lower-case letters, digits, `.`, `_`, `-`.
  public static func isPlainName(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
      }
  }

  /// The Markdown file.
  public var text: String {
    var lines = [
      "---", "id: \(id)", "title: \(Self.quoted(title))", "owner: \(owner)",
      "approvers: [\(approvers.joined(separator: ", "))]", "review_every_months: 12",
      "language: \(language.rawValue)",
    ]
    if let translationOf { lines.append("translation_of: \(translationOf)") }
    if !tags.isEmpty { lines.append("tags: [\(tags.joined(separator: ", "))]") }
    lines += ["---", "# \(title)", ""]
    for (heading, guidance) in sections {
      lines += ["## \(heading)", "", guidance, ""]
    }
    return lines.joined(separator: "\n")
  }

  private var sections: [(String, String)] {
    switch language {
    case .en:
      return [
        ("Purpose", "Why this procedure exists and what it protects."),
        ("Scope", "Which accounts, customers and desks it covers, and what it does not."),
        ("Roles and responsibilities", "Who does each part: associate, team lead, manager."),
        ("Procedure", "The steps in order, with their deadlines and conditions."),
        ("Records", "What is logged, where, and for how long."),
        ("Revision history", "| Revision | Date | Change |\n|---|---|---|\n| 0.1 | | First draft |"),
      ]
    case .es:
      return [
        ("Objetivo", "Por qué existe este procedimiento y qué protege."),
        ("Alcance", "Qué cuentas, clientes y equipos cubre, y cuáles no."),
        ("Funciones y responsabilidades", "Quién hace cada parte: gestor, responsable de equipo, director."),
        ("Procedimiento", "Los pasos en orden, con sus plazos y condiciones."),
        ("Registros", "Qué se registra, dónde y durante cuánto tiempo."),
        (
          "Historial de revisiones",
          "| Revisión | Fecha | Cambio |\n|---|---|---|\n| 0.1 | | Primer borrador |"
        ),
      ]
    }
  }

  /// A YAML double-quoted scalar (JSON string rules), so any title is safe.
  private static func quoted(_ text: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
