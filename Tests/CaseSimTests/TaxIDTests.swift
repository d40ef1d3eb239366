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

  /// Published VAT numbers (python-stdnum's documented examples and numbers printed on
  /// company imprints), each accepted by python-stdnum 2.2 as well.
  @Test(arguments: [
    "ESA82018474", "ESB58378431", "DE143454214", "DE136695976", "FR83404833048", "FR40303265045",
    "IT00159560366", "IT00743110157", "NL004495445B01", "PT501964843", "PT500697256", "GB220430231",
    "GB245719348", "GB980780684",
  ])
  func acceptsPublishedVATNumbers(_ number: String) {
    #expect(TaxID.isValidVAT(number) == true)
  }

  /// One digit changed, or a part the rule constrains (SIREN check, Italian tax office,
  /// the Dutch B suffix), breaks each.
  @Test(arguments: [
    "ESA82018475", "DE143454215", "DE043454214", "FR84404833048", "FR83404833049", "IT00159560367",
    "IT00000000000", "IT12345671011", "NL004495445B00", "NL004495446B01", "PT501964844", "GB220430232",
  ])
  func rejectsBrokenVATNumbers(_ number: String) {
    #expect(TaxID.isValidVAT(number) == false)
  }

  @Test func hasNoRuleForOtherCountries() {
    #expect(TaxID.isValidVAT("ATU12345678") == nil)
  }

  /// HMRC's two rules by hand: 100 0000 with the 9755 rule (8*1 = 8; 8 + 55 = 63;
  /// 97 - 63 = 34), and 980 7806 84 by the classic one (9*8 + 8*7 + 0*6 + 7*5 + 8*4 +
  /// 0*3 + 6*2 = 207; 207 + 84 = 291 = 3 * 97).
  @Test func checksBritishNumbersByBothRules() {
    #expect(TaxID.britishCheck([1, 0, 0, 0, 0, 0, 0]) == 34)
    #expect(TaxID.isValidBritish([1, 0, 0, 0, 0, 0, 0, 3, 4]))
    #expect(TaxID.britishWeightedSum([9, 8, 0, 7, 8, 0, 6]) == 207)
    #expect(TaxID.isValidBritish([9, 8, 0, 7, 8, 0, 6, 8, 4]))
    // The 9755 rule is not for numbers below 100 0000 00: 099 0000 with the check digits
    // the 9755 rule would give (9*7 + 9*6 = 117; 117 + 55 = 172; 194 - 172 = 22) fails.
    #expect(TaxID.britishCheck([0, 9, 9, 0, 0, 0, 0]) == 22)
    #expect(!TaxID.isValidBritish([0, 9, 9, 0, 0, 0, 0, 2, 2]))
  }

  /// Luhn by hand: SIREN 404 833 048 (payload 40483304, check 8) and the partita IVA
  /// 00159560366 (payload 0015956036, check 6).
  @Test func computesLuhnCheckDigits() {
    #expect(TaxID.luhnCheck([4, 0, 4, 8, 3, 3, 0, 4]) == 8)
    #expect(TaxID.luhnCheck([0, 0, 1, 5, 9, 5, 6, 0, 3, 6]) == 6)
  }

  @Test func computesOtherCountriesCheckDigits() {
    // Published examples: PT 501964843, FR key of SIREN 404833048 = 83, BE 0403170701.
    #expect(TaxID.portugueseCheck([5, 0, 1, 9, 6, 4, 8, 4]) == 3)
    #expect(TaxID.frenchKey(siren: 404_833_048) == 83)
    #expect(TaxID.belgianCheck(4_031_707) == 1)
  }
}
