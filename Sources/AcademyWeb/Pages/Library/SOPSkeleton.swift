import Foundation
import SOPKit

/// The text a new SOP starts from: valid front matter and every required section of its
/// language, each with a sentence saying what belongs there.
struct SOPSkeleton {
  var id: String
  var title: String
  var owner: String
  var approvers: [String]
  var language: SOPLanguage
  var translationOf: String?
  var tags: [String]

  /// Approver entries and tags are plain names: lower-case letters, digits, `.`, `_`, `-`.
  static func isPlainName(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
      }
  }

  /// The Markdown file.
  var text: String {
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
