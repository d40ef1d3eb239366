import Testing

@testable import CaseSim

@Suite struct SpanishBanksTests {
  /// The bundled list loads (the generator never falls back to its one-bank list), each
  /// code is four digits and appears once, and the largest banks carry the entity codes of
  /// the Banco de España register.
  @Test func theBundledListLoadsWithTheRegisterCodes() throws {
    let banks = try SpanishBanks.load(SpanishBanks.bundledText())
    #expect(banks == SpanishBanks.banks)
    #expect(banks.count == 14)
    #expect(Set(banks.map(\.code)).count == banks.count)
    #expect(
      banks.allSatisfy { $0.code.count == 4 && $0.code.allSatisfy(\.isASCIINumber) && $0.bic.count == 8 })
    let byCode = Dictionary(uniqueKeysWithValues: banks.map { ($0.code, $0) })
    #expect(byCode["2100"]?.bic == "CAIXESBB")
    #expect(byCode["0049"]?.bic == "BSCHESMM")
    #expect(byCode["0182"]?.bic == "BBVAESMM")
    #expect(byCode["0081"]?.bic == "BSABESBB")
  }

  /// The IBAN that the Spanish banks print as their example, ES91 2100 0418 4502 0005 1332,
  /// is valid and names a bank of the list.
  @Test func thePublishedExampleIBANNamesAListedBank() {
    let iban = "ES9121000418450200051332"
    #expect(IBAN.isValid(iban))
    #expect(SpanishBanks.codes.contains(String(iban.dropFirst(4).prefix(4))))
  }

  @Test func aMalformedListIsRefusedWithItsLine() {
    #expect(throws: SpanishBanks.Problem.self) {
      try SpanishBanks.load("banks:\n  - {code: \"21\", name: X, bic: CAIXESBB}\n")
    }
  }
}
