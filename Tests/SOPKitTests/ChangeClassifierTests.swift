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
    #expect(diff.summary.sectionsChanged == ["purpose", "procedure"])
    #expect(diff.summary.stepsChanged == ["log-dispute"])
    #expect(diff.text.contains("-How the team handles disputes.\n+Other.\n"))
    #expect(diff.html.contains("<tr class=\"added\">"))
  }
}
