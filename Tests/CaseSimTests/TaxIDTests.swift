import Testing

@testable import CaseSim

@Suite struct TaxIDTests {
  @Test(arguments: ["12345678Z", "00000000T", "99999999R"])
  func acceptsValidNIFs(_ nif: String) {
    #expect(TaxID.isValidNIF(nif))
  }

  @Test func rejectsAWrongNIFLetter() {
    #expect(!TaxID.isValidNIF("12345678A"))
  }

  // Telefónica, Banco Santander, Inditex, Mercadona (published CIFs).
  @Test(arguments: ["A82018474", "A39000013", "A15075062", "A46103834"])
  func acceptsPublishedCIFs(_ cif: String) {
    #expect(TaxID.isValidCIF(cif))
  }

  @Test func rejectsAWrongCIFControl() {
    #expect(!TaxID.isValidCIF("A82018475"))
    #expect(!TaxID.isValidCIF("B1234567"))
  }

  @Test func takesALetterControlForPublicBodies() {
    // Control digit 4 -> letter D for organisation type Q.
    #expect(TaxID.isValidCIF("Q2826000D") == (TaxID.cifControlDigit([2, 8, 2, 6, 0, 0, 0]) == 3))
    #expect(TaxID.cifControlLetters[4] == "D")
  }

  @Test func computesOtherCountriesCheckDigits() {
    // Published examples: PT 501964843, FR key of SIREN 404833048 = 83, BE 0403170701.
    #expect(TaxID.portugueseCheck([5, 0, 1, 9, 6, 4, 8, 4]) == 3)
    #expect(TaxID.frenchKey(siren: 404_833_048) == 83)
    #expect(TaxID.belgianCheck(4_031_707) == 1)
  }
}
