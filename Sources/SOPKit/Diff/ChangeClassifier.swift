import Foundation

/// Decides whether a revision is editorial or procedural compared with the revision people
/// were trained on (the last approved one).
public enum ChangeClassifier {
  /// Anchors of the Procedure section in each language.
  public static let procedureSlugs = ["procedure", "procedimiento"]

  /// The class and a one-line reason. With no base (a new SOP) the change is procedural.
  public static func classify(old: String?, new: String) -> (ChangeClass, basis: String) {
    guard let old else { return (.procedural, "first revision of this SOP") }
    let before = SOPOutline(fileText: old)
    let after = SOPOutline(fileText: new)
    let summary = StructuralSummary(old: before, new: after)
    var reasons: [String] = []
    if !summary.stepsAdded.isEmpty {
      reasons.append("steps added: \(summary.stepsAdded.joined(separator: ", "))")
    }
    if !summary.stepsRemoved.isEmpty {
      reasons.append("steps removed: \(summary.stepsRemoved.joined(separator: ", "))")
    }
    if !summary.stepsChanged.isEmpty {
      reasons.append("steps changed: \(summary.stepsChanged.joined(separator: ", "))")
    }
    if summary.processSettingsChanged { reasons.append("process settings changed") }
    if procedureText(before) != procedureText(after) { reasons.append("Procedure text changed") }
    if reasons.isEmpty { return (.editorial, "no process step or Procedure text changed") }
    return (.procedural, reasons.joined(separator: "; "))
  }

  /// The Procedure section's text without its process block (steps are compared by id),
  /// whitespace-normalized.
  static func procedureText(_ outline: SOPOutline) -> String {
    guard let slug = procedureSlugs.first(where: { outline.text(under: $0) != nil }),
      let lines = outline.text(under: slug)
    else { return "" }
    return StructuralSummary.normalized(SOPOutline.withoutProcessBlock(lines))
  }
}
