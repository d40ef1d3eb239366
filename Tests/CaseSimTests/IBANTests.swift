import Testing

@testable import CaseSim

@Suite struct IBANTests {
  @Test(arguments: [
    "ES9121000418450200051332", "GB82WEST12345698765432", "DE89370400440532013000", "NL91ABNA0417164300",
  ])
  func acceptsPublishedExamples(_ iban: String) {
    #expect(IBAN.isValid(iban))
  }

  @Test func rejectsATransposition() {
    #expect(!IBAN.isValid("ES9121000418450200051323"))
  }

  @Test func computesCheckDigits() {
    // ES91 2100 0418 4502 0005 1332, the Spanish example of the ECBS IBAN registry.
    #expect(IBAN.checkNumber(country: "ES", bban: "21000418450200051332".utf8) == 91)
  }

  @Test func computesSpanishNationalControlDigits() {
    let (first, second) = IBAN.spanishControl(
      bankBranch: [2, 1, 0, 0, 0, 4, 1, 8], account: [0, 2, 0, 0, 0, 5, 1, 3, 3, 2])
    #expect(first == 4)
    #expect(second == 5)
  }
}
