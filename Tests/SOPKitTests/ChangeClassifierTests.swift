import Foundation
import Testing

@testable import SOPKit

@Suite struct ChangeClassifierTests {
  typealias F = StoreFixture

  @Test func wordingOutsideProcedureIsEditorial() {
    let (changeClass, basis) = ChangeClassifier.classify(
      old: F.english(), new: F.english(purpose: "Why disputes matter."))
    #expect(changeClass == .editorial)
    #expect(basis == "no process step or Procedure text changed")
  }

  @Test func rewrappingProcedureIsEditorial() {
    let rewrapped = F.english(procedure: "Log every dispute\nthe same day.")
    #expect(ChangeClassifier.classify(old: F.english(), new: rewrapped).0 == .editorial)
  }

  @Test func changedStepIsProcedural() {
    let (changeClass, basis) = ChangeClassifier.classify(old: F.english(), new: F.english(within: 2))
    #expect(changeClass == .procedural)
    #expect(basis == "steps changed: log-dispute")
  }

  @Test func procedureTextIsProcedural() {
    let (changeClass, basis) = ChangeClassifier.classify(
      old: F.english(), new: F.english(procedure: "Log it in an hour."))
    #expect(changeClass == .procedural)
    #expect(basis == "Procedure text changed")
  }

  @Test func structuralSummaryNamesSectionsAndSteps() {
    let diff = RevisionDiff(
      sopID: "COL-004", from: "1.0", old: F.english(), to: "1.1", new: F.english(purpose: "Other.", within: 3)
    )
    #expect(diff.summary.sectionsChanged == ["purpose"])
    #expect(diff.summary.stepsChanged == ["log-dispute"])
    #expect(diff.text.contains("-How the team handles disputes.\n+Other.\n"))
    #expect(diff.html.contains("<tr class=\"added\">"))
  }

  static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("sops")

  /// Runs once the shipped library is merged: real SOPs, edited the way authors do.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: shipped.path)))
  func classifiesRevisionsOfTheShippedLibrary() throws {
    let files = SOPLibrary.markdownFiles(in: Self.shipped.path)
    #expect(!files.isEmpty)
    for path in files {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let outline = SOPOutline(fileText: text)
      // Rewording the Purpose section is editorial.
      if let purpose = outline.sections.first(where: { ["purpose", "objetivo"].contains($0.slug) }),
        let line = purpose.body.first(where: { $0.count > 20 })
      {
        let edited = text.replacingOccurrences(of: line, with: line + " (reworded)")
        #expect(ChangeClassifier.classify(old: text, new: edited).0 == .editorial, "\(path)")
      }
      // Changing the first step's title is procedural and names the step.
      if let first = outline.stepOrder.first, let block = text.range(of: "```process"),
        let range = text.range(of: "title: ", range: block.upperBound..<text.endIndex)
      {
        var edited = text
        edited.insert(contentsOf: "Now ", at: range.upperBound)
        let (changeClass, basis) = ChangeClassifier.classify(old: text, new: edited)
        #expect(changeClass == .procedural, "\(path)")
        #expect(basis.contains(first), "\(path): \(basis)")
      }
    }
  }
}
