/// The connecting words of a checklist step's sentences, per language.
struct StepPhrases: Sendable {
  var doing: String
  var optional: String
  var never: String
  var onlyWhen: String
  var whileLead: String
  var notWhile: String
  var and: String
  var or: String
  var after: String
  var customerLanguage: String
  var record: String
  var within: @Sendable (Int) -> String
  var notBefore: @Sendable (Int) -> String

  static let english = StepPhrases(
    doing: "Do:", optional: "Optional:", never: "Never", onlyWhen: "Only when", whileLead: "While",
    notWhile: "Not while", and: " and ", or: " or ", after: "After",
    customerLanguage: "In the customer's language.",
    record: "Record:",
    within: { days in
      switch days {
      case 0: return "On the day of"
      case 1: return "Within 1 day of"
      default: return "Within \(days) days of"
      }
    },
    notBefore: { days in days == 0 ? "Not before" : "Not earlier than \(days) days after" })

  static let spanish = StepPhrases(
    doing: "Hacer:", optional: "Opcional:", never: "Nunca", onlyWhen: "Solo cuando", whileLead: "Mientras",
    notWhile: "No mientras", and: " y ", or: " o ", after: "Después de",
    customerLanguage: "En el idioma del cliente.",
    record: "Registrar:",
    within: { days in
      switch days {
      case 0: return "El mismo día de"
      case 1: return "En 1 día desde"
      default: return "En \(days) días desde"
      }
    },
    notBefore: { days in days == 0 ? "No antes de" : "No antes de \(days) días después de" })
}
