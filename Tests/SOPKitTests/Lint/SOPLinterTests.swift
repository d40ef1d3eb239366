import Testing

@testable import SOPKit

@Suite struct SOPLinterTests {
  static func lint(_ text: String, path: String = "sops/test.md", context: LintContext = LintContext())
    -> [String]
  {
    let (document, findings) = SOPFixtures.parse(text, path: path)
    return (findings + SOPLinter.lint(document, in: context)).map(\.formatted)
  }

  static let valid = SOPFixtures.frontMatter() + SOPFixtures.body()

  @Test func aCompleteSOPHasNoFindings() {
    #expect(Self.lint(Self.valid).isEmpty)
  }

  @Test func everyRuleHasAnID() {
    #expect(
      SOPLinter.ruleIDs == [
        "front-matter-missing", "front-matter", "markdown", "process", "required-section", "empty-section",
        "broken-anchor", "unknown-sop", "translation", "duplicate-id",
      ])
  }

  @Test func missingFrontMatterSuggestsAnIDAndTitle() throws {
    let text = "# Dispute management\n\nBody.\n"
    let (document, findings) = SOPFixtures.parse(text, path: "sops/col-004-disputes.md")
    #expect(
      findings.map(\.formatted) == [
        "sops/col-004-disputes.md:1:1: error: file has no front matter; start it with '---', 'id: COL-004', "
          + "'title: Dispute management', owner, approvers, review_every_months, language and a closing '---' "
          + "[front-matter-missing]"
      ])
    #expect(document.title == "Dispute management")
    #expect(document.outline.entries.first?.line == 1)
  }

  @Test func requiredSectionsAreReported() {
    let text = Self.valid.replacingOccurrences(of: "## Scope\n\nWhat.\n\n", with: "")
    #expect(
      Self.lint(text) == [
        "sops/test.md:9:1: error: missing required section 'Scope' (language: en); add a level-2 heading '## Scope' "
          + "[required-section]"
      ])
  }

  @Test func requiredSectionsMatchIgnoringCaseAndAccents() {
    let body = """
      # Prueba

      ## objetivo

      a

      ## ALCANCE

      b

      ## Funciones y Responsabilidades

      c

      ## Procedimiénto

      d

      ## Registros

      e

      ## Historial de revisiones

      f

      """
    #expect(Self.lint(SOPFixtures.frontMatter(language: "es") + body).isEmpty)
    #expect(Self.lint(SOPFixtures.frontMatter(language: "en") + body).count == 6)
  }

  @Test func emptySectionsWarn() {
    let text =
      Self.valid.replacingOccurrences(of: "## Scope\n\nWhat.\n\n", with: "## Scope\n\n")
      + "## Annex\n"
    #expect(
      Self.lint(text) == [
        "sops/test.md:15:1: warning: section 'Scope' is empty; write its content or remove the heading [empty-section]",
        "sops/test.md:32:1: warning: section 'Annex' is empty; write its content or remove the heading [empty-section]",
      ])
  }

  @Test func aSubsectionIsContent() {
    let text = Self.valid.replacingOccurrences(
      of: "## Scope\n\nWhat.\n", with: "## Scope\n\n### Customers\n\nAll.\n")
    #expect(Self.lint(text).isEmpty)
  }

  @Test func brokenAnchors() {
    let text = Self.valid.replacingOccurrences(
      of: "Why.", with: "See [scope](#scope), [roles](#role) and [x](#nothing-like-it).")
    #expect(
      Self.lint(text) == [
        "sops/test.md:13:1: error: link to '#role' but no heading has that anchor; did you mean "
          + "'#roles-and-responsibilities'? [broken-anchor]",
        "sops/test.md:13:1: error: link to '#nothing-like-it' but no heading has that anchor; link to an existing "
          + "heading or add it [broken-anchor]",
      ])
  }

  @Test func anchorsWithAccentsMatchTheirSlug() {
    let text =
      Self.valid.replacingOccurrences(of: "Why.", with: "See [x](#gestion-de-cobros) [y](#gestión).")
      + "## Gestión de cobros\n\nText.\n"
    #expect(
      Self.lint(text) == [
        "sops/test.md:13:1: error: link to '#gestión' but no heading has that anchor; did you mean "
          + "'#gestion-de-cobros'? [broken-anchor]"
      ])
  }

  @Test func linksToOtherSOPs() {
    let text = Self.valid.replacingOccurrences(
      of: "Why.",
      with: "See [a](sop:COL-001), [b](COL-002.md), [COL-003](https://x.test/) and [bad](sop:col-1).")
    let known = LintContext(
      documentsByID: ["COL-001": SOPFixtures.parse(Self.valid).document], libraryIsComplete: true)
    #expect(
      Self.lint(text, context: known) == [
        "sops/test.md:13:1: error: link to SOP COL-002, which is not in the library; fix the id or add the SOP [unknown-sop]",
        "sops/test.md:13:1: error: link to SOP COL-003, which is not in the library; fix the id or add the SOP [unknown-sop]",
        "sops/test.md:13:1: error: link 'sop:col-1' is not an SOP id; write sop:COL-004 (2-5 capitals, '-', 3 digits) "
          + "[unknown-sop]",
      ])
    let partial = Self.lint(text.replacingOccurrences(of: "[bad](sop:col-1)", with: "x"))
    #expect(partial.count == 3)
    #expect(partial.allSatisfy { $0.contains(": warning: ") && $0.contains("not among the files linted") })
  }

  @Test func anchorsInOtherSOPsAreChecked() {
    let text = Self.valid.replacingOccurrences(
      of: "Why.", with: "[a](sop:COL-001#scope) [b](sop:COL-001#nope)")
    let context = LintContext(
      documentsByID: ["COL-001": SOPFixtures.parse(Self.valid).document], libraryIsComplete: true)
    #expect(
      Self.lint(text, context: context) == [
        "sops/test.md:13:1: error: link to '#nope' in COL-001 but that SOP has no heading with that anchor [broken-anchor]"
      ])
  }

  @Test func processFindingsComeFromParsing() {
    let text =
      SOPFixtures.frontMatter()
      + SOPFixtures.body(
        procedure: "```process\nsteps:\n  - id: a\n    title: A\n    action: cal\n    section: x\n```\n")
    #expect(
      Self.lint(text) == [
        "sops/test.md:29:13: error: unknown action 'cal'; did you mean 'call'? [process]",
        "sops/test.md:30:14: error: section 'x' is not a heading anchor of this SOP; add the heading or fix the anchor "
          + "[process]",
      ])
  }

  @Test func duplicateIDsInALibrary() {
    let first = SOPFixtures.parse(Self.valid, path: "a.md").document
    let second = SOPFixtures.parse(Self.valid, path: "b.md").document
    let findings = SOPLinter.lint(SOPLibrary(documents: [second, first]))
    #expect(
      findings.map(\.formatted) == [
        "b.md:2:1: error: id COL-010 is already used by a.md:2; give each SOP its own id [duplicate-id]"
      ])
  }

  @Test func translationChecks() {
    let source = SOPFixtures.parse(Self.valid, path: "en.md").document
    let spanish = SOPFixtures.frontMatter(
      id: "COL-010-ES", language: "es", extra: "translation_of: COL-010\n")
    let sameLanguage = SOPFixtures.frontMatter(id: "COL-010-ES", extra: "translation_of: COL-010\n")
    let orphan = SOPFixtures.frontMatter(id: "COL-011-ES", language: "es", extra: "translation_of: COL-011\n")
    let unnamed = SOPFixtures.frontMatter(id: "COL-012-ES", language: "es")
    let context = LintContext(documentsByID: ["COL-010": source], libraryIsComplete: true)
    func translationFindings(_ text: String) -> [String] {
      let document = SOPFixtures.parse(text, path: "es.md").document
      return TranslationRule().check(document, in: context).map(\.formatted)
    }
    #expect(translationFindings(spanish).isEmpty)
    #expect(
      translationFindings(sameLanguage) == [
        "es.md:2:1: warning: a translation's id is the source id plus its language; rename COL-010-ES to COL-010-EN "
          + "[translation]",
        "es.md:2:1: error: translation_of names COL-010, which is also in 'en'; a translation is in another language "
          + "[translation]",
      ])
    #expect(
      translationFindings(orphan) == [
        "es.md:2:1: error: translation_of names COL-011, which is not in the library; fix the id or add the source "
          + "SOP [translation]"
      ])
    #expect(
      translationFindings(unnamed) == [
        "es.md:2:1: warning: id COL-012-ES looks like a translation; add 'translation_of: COL-012' [translation]"
      ])
  }

  @Test func translationsKeepTheSourceStepIDs() {
    let step = "steps:\n  - id: review\n    title: A\n    action: call\n    section: disputes\n"
    let source = SOPFixtures.parse(
      SOPFixtures.frontMatter() + SOPFixtures.body(procedure: SOPFixtures.process(step)))
    let translated =
      SOPFixtures.frontMatter(id: "COL-010-ES", language: "es", extra: "translation_of: COL-010\n")
      + SOPFixtures.body(
        procedure: SOPFixtures.process(step.replacingOccurrences(of: "review", with: "revisar")))
    let document = SOPFixtures.parse(translated, path: "es.md").document
    let context = LintContext(documentsByID: ["COL-010": source.document], libraryIsComplete: true)
    #expect(
      TranslationRule().check(document, in: context).map(\.formatted) == [
        "es.md:26:1: error: process step ids differ from COL-010 (missing review; extra revisar); keep the source's "
          + "step ids [translation]"
      ])
  }
}
