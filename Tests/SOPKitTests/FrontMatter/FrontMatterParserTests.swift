import Testing

@testable import SOPKit

@Suite struct FrontMatterParserTests {
  @Test func validFrontMatterGivesMetadata() throws {
    let text = SOPFixtures.frontMatter(
      extra: "applies_to: [collections-associate]\neffective: 2024-02-29\ntags: [a, b]\n")
    let (document, findings) = SOPFixtures.parse(text + SOPFixtures.body())
    #expect(findings.isEmpty)
    let metadata = try #require(document.metadata)
    #expect(
      metadata
        == SOPMetadata(
          id: "COL-010", title: "Test SOP", owner: "ana.lopez", approvers: ["ar-team-lead"],
          reviewEveryMonths: 12,
          language: .en, appliesTo: ["collections-associate"], effective: "2024-02-29", tags: ["a", "b"]))
  }

  @Test func bodyLinesCountTheFrontMatter() throws {
    let (document, _) = SOPFixtures.parse(SOPFixtures.frontMatter() + SOPFixtures.body())
    #expect(document.bodyLineOffset == 8)
    let title = try #require(document.outline.entries.first)
    #expect(title.line == 9)
    #expect(title.text == "Test SOP")
  }

  @Test func missingRequiredKeysAreErrorsNamingTheKey() {
    let text = "---\nid: COL-010\ntitle: T\nlanguage: en\n---\n# T\n"
    #expect(
      SOPFixtures.findings(text) == [
        "sops/test.md:1:1: error: front matter is missing required key 'owner'; add 'owner: luis.garcia' [front-matter]",
        "sops/test.md:1:1: error: front matter is missing required key 'approvers'; add 'approvers: [ar-team-lead]' [front-matter]",
        "sops/test.md:1:1: error: front matter is missing required key 'review_every_months'; add 'review_every_months: 12' [front-matter]",
      ])
    #expect(SOPFixtures.parse(text).document.metadata == nil)
  }

  @Test func anEmptyValueCountsAsMissing() {
    let text = SOPFixtures.frontMatter().replacingOccurrences(of: "owner: ana.lopez", with: "owner:")
    #expect(
      SOPFixtures.findings(text) == [
        "sops/test.md:4:7: error: front matter is missing required key 'owner'; add 'owner: luis.garcia' [front-matter]"
      ])
  }

  @Test func wrongTypesNameTheKeyAndLine() {
    let text = """
      ---
      id: COL-010
      title: [a, b]
      owner: ana.lopez
      approvers: ar-team-lead
      review_every_months: twelve
      language: en
      tags: [[nested]]
      ---

      """
    #expect(
      SOPFixtures.findings(text) == [
        "sops/test.md:3:8: error: front matter key 'title' must be a single value [front-matter]",
        "sops/test.md:5:12: error: front matter key 'approvers' must be a list such as [a, b] [front-matter]",
        "sops/test.md:6:22: error: front matter key 'review_every_months' must be a whole number [front-matter]",
        "sops/test.md:8:8: error: front matter key 'tags' must be a list of words, not nested lists or maps [front-matter]",
      ])
  }

  @Test func outOfRangeAndEmptyLists() {
    let text = SOPFixtures.frontMatter()
      .replacingOccurrences(of: "review_every_months: 12", with: "review_every_months: 61")
      .replacingOccurrences(of: "approvers: [ar-team-lead]", with: "approvers: []")
    #expect(
      SOPFixtures.findings(text) == [
        "sops/test.md:5:12: error: front matter key 'approvers' is empty; list at least one user name or role [front-matter]",
        "sops/test.md:6:22: error: front matter key 'review_every_months' is 61; use a number from 1 to 60 [front-matter]",
      ])
  }

  @Test func badIDPatternIsAnError() {
    let findings = SOPFixtures.findings(SOPFixtures.frontMatter(id: "col-10"))
    #expect(
      findings == [
        "sops/test.md:2:5: error: front matter key 'id' is 'col-10', not an SOP id; use 2-5 capitals, '-', 3 digits "
          + "(and '-' plus the language for a translation), e.g. COL-004 or COL-004-ES [front-matter]"
      ])
  }

  @Test func badTranslationOfIsAnError() {
    let findings = SOPFixtures.findings(SOPFixtures.frontMatter(extra: "translation_of: COL4\n"))
    #expect(findings.count == 1)
    #expect(
      findings.first?.hasPrefix("sops/test.md:8:17: error: front matter key 'translation_of' is 'COL4'")
        == true)
  }

  @Test func languageOtherThanEnOrEs() {
    #expect(
      SOPFixtures.findings(SOPFixtures.frontMatter(language: "fr")) == [
        "sops/test.md:7:11: error: front matter key 'language' is 'fr'; use 'en' or 'es' [front-matter]"
      ])
  }

  @Test(arguments: ["2026-02-30", "2026-1-15", "15/01/2026", "2025-02-29"])
  func effectiveMustBeARealDate(_ date: String) {
    #expect(
      SOPFixtures.findings(SOPFixtures.frontMatter(extra: "effective: \(date)\n")) == [
        "sops/test.md:8:12: error: front matter key 'effective' is '\(date)', not a date; write YYYY-MM-DD, "
          + "e.g. 2026-01-15 [front-matter]"
      ])
  }

  @Test func unknownKeysWarnWithASuggestion() throws {
    let (document, findings) = SOPFixtures.parse(SOPFixtures.frontMatter(extra: "approver: x\nfoo: 1\n"))
    #expect(
      findings.map(\.formatted) == [
        "sops/test.md:8:1: warning: unknown front matter key 'approver'; did you mean 'approvers'? [front-matter]",
        "sops/test.md:9:1: warning: unknown front matter key 'foo'; remove it or see docs/sop-format.md for the keys "
          + "[front-matter]",
      ])
    #expect(document.metadata != nil)
  }

  @Test func yamlSyntaxErrorsCarryYamlsLine() {
    let text = "---\nid: COL-010\ntitle: [unclosed\nowner: x\n---\n# Body\n"
    let findings = SOPFixtures.findings(text)
    // libyaml notices the unclosed `[` where the next key starts.
    #expect(
      findings == [
        "sops/test.md:4:6: error: front matter is not valid YAML: did not find expected ',' or ']' while parsing "
          + "a flow sequence; quote values that contain ':' or '#' [front-matter]"
      ])
  }

  @Test func duplicateKeysAreSyntaxErrors() {
    let findings = SOPFixtures.findings(SOPFixtures.frontMatter(extra: "id: COL-011\n"))
    #expect(findings.count == 1)
    #expect(findings.first?.contains("duplicate key 'id'") == true)
  }

  @Test func unclosedFrontMatterStillRendersTheBody() {
    let (document, findings) = SOPFixtures.parse("---\nid: COL-010\n# Title\n")
    #expect(
      findings.map(\.formatted) == [
        "sops/test.md:1:1: error: front matter opened by '---' on line 1 is never closed; add a '---' line "
          + "after the metadata [front-matter]"
      ])
    #expect(document.outline.entries.map(\.text) == ["Title"])
  }

  @Test func frontMatterThatIsNotAMapping() {
    #expect(
      SOPFixtures.findings("---\n- a\n- b\n---\n") == [
        "sops/test.md:2:1: error: front matter must be 'key: value' lines (id, title, owner, approvers, "
          + "review_every_months, language) [front-matter]"
      ])
  }

  @Test func closingWithDotsAndAByteOrderMark() throws {
    let text =
      "\u{FEFF}"
      + SOPFixtures.frontMatter().replacingOccurrences(of: "language: en\n---", with: "language: en\n...")
    let (document, findings) = SOPFixtures.parse(text)
    #expect(findings.isEmpty)
    #expect(document.metadata?.id == "COL-010")
  }

  @Test func deeplyNestedYamlIsRefusedNotCrashing() {
    let text = "---\nid: " + String(repeating: "[", count: 5000) + "\n---\n"
    let findings = SOPFixtures.findings(text)
    #expect(findings.first?.contains("nest more than 64 levels") == true)
  }
}
