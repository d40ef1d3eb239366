import CivilCalendar

/// Front-matter values as far as they could be read: every field that parsed, even when
/// others are missing, so lint can still check the sections of the declared language and
/// the library can still index the id.
struct PartialMetadata: Sendable, Hashable {
  var id: String?
  /// File line of the `id` key, for findings about the id (duplicates).
  var idLine: Int?
  var title: String?
  var owner: String?
  var approvers: [String]?
  var reviewEveryMonths: Int?
  var language: SOPLanguage?
  var translationOf: String?
  var appliesTo: [String] = []
  var effective: CivilDate?
  var tags: [String] = []

  /// The complete metadata when every required field is present and valid.
  var complete: SOPMetadata? {
    guard let id, let title, let owner, let approvers, let reviewEveryMonths, let language else {
      return nil
    }
    return SOPMetadata(
      id: id, title: title, owner: owner, approvers: approvers, reviewEveryMonths: reviewEveryMonths,
      language: language, translationOf: translationOf, appliesTo: appliesTo, effective: effective,
      tags: tags)
  }
}
