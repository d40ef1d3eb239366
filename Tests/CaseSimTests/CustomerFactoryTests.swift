import Testing

@testable import CaseSim

@Suite struct CustomerFactoryTests {
  /// A customer of `country` made as the generator makes one, with its text resolved.
  static func customer(_ country: Country, seed: UInt64, segment: String = "wholesale") throws -> Customer {
    var generator = SeededGenerator(seed: seed)
    let text = AccountText()
    var account = AccountGenerator.blank
    CustomerFactory(country: country).fill(
      &account.customer, text: text, spec: try ScenarioFixtures.shipped("portfolio").customer, language: "en",
      segment: segment,
      size: .small, persona: Persona(type: .reliable), currency: CurrencyCode("EUR"), using: &generator)
    text.resolve(into: &account)
    return account.customer
  }

  @Test(arguments: Country.allCases)
  func everyCountryGetsWellFormedText(_ country: Country) throws {
    for seed in 0..<200 as Range<UInt64> {
      let customer = try Self.customer(country, seed: seed)
      #expect(customer.country == country)
      #expect(IBAN.isValid(customer.iban), "\(customer.iban)")
      #expect(customer.iban.hasPrefix(country.rawValue))
      #expect(customer.vatID.hasPrefix(country.rawValue), "\(customer.vatID)")
      #expect(customer.number.utf8.count == 7 && customer.number.hasPrefix("C"))
      #expect(!customer.legalName.isEmpty && !customer.address.street.isEmpty)
      #expect(!customer.address.postalCode.isEmpty)
      #expect(customer.contacts.map(\.role) == ["billing", "accounts_payable"])
      for contact in customer.contacts {
        #expect(contact.phone.hasPrefix("+" + country.callingCode + " "), "\(contact.phone)")
        let city = try #require(NameBook.book(for: country).cities.first { $0.name == customer.address.city })
        let template = city.phone
        #expect(contact.phone.count == template.count, "\(contact.phone)")
        for (digit, pattern) in zip(contact.phone, template) {
          #expect(pattern == "#" ? digit.isASCIINumber : digit == pattern, "\(contact.phone) for \(template)")
        }
        // Both contacts write to the company's domain.
        #expect(
          contact.email.split(separator: "@").last == customer.contacts[0].email.split(separator: "@").last)
      }
      if country == .ES {
        #expect(TaxID.isValidCIF(String(customer.vatID.dropFirst(2))), "\(customer.vatID)")
        #expect(SpanishBanks.codes.contains(String(customer.iban.dropFirst(4).prefix(4))), "\(customer.iban)")
      }
      // Every country with an official rule here passes it.
      #expect(TaxID.isValidVAT(customer.vatID) != false, "\(customer.vatID)")
      if [.ES, .DE, .FR, .IT, .NL, .PT, .GB].contains(country) {
        #expect(TaxID.isValidVAT(customer.vatID) == true, "\(customer.vatID)")
      }
      let city = NameBook.book(for: country).cities.first { $0.name == customer.address.city }
      #expect(customer.address.postalCode.hasPrefix(city?.postalPrefix ?? "?"), "\(customer.address)")
      if country == .IT {
        #expect(customer.vatID.dropFirst(9).prefix(3) == city?.taxOffice ?? "?", "\(customer.vatID)")
      }
    }
  }

  /// The Dutch btw-id's ninth digit makes the weighted sum divisible by 11, and the Belgian
  /// number's last two digits are 97 minus the first eight mod 97.
  @Test func checkCharactersHoldWhereTheCountryHasARule() throws {
    for seed in 0..<200 as Range<UInt64> {
      let dutch = Array(try Self.customer(.NL, seed: seed).vatID.utf8.dropFirst(2).prefix(9)).map {
        Int($0) - 48
      }
      #expect(zip(dutch, [9, 8, 7, 6, 5, 4, 3, 2, -1]).reduce(0) { $0 + $1.0 * $1.1 } % 11 == 0)
      let belgian = try Self.customer(.BE, seed: seed).vatID.dropFirst(2)
      let firstEight = Int(belgian.prefix(8)) ?? -1
      #expect(Int(belgian.suffix(2)) == 97 - firstEight % 97)
    }
  }

  @Test func aSpanishPublicBodyIsATownCouncilWithALocalCorporationsNIF() throws {
    for seed in UInt64(1)...40 {
      let council = try Self.customer(.ES, seed: seed, segment: "public_sector")
      #expect(council.legalName == "Ayuntamiento de \(council.address.city)")
      // P, the province's two digits (the postal code's), five digits and a control letter.
      #expect(council.vatID.hasPrefix("ESP" + council.address.postalCode.prefix(2)))
      #expect(council.vatID.last?.isLetter == true)
      #expect(TaxID.isValidVAT(council.vatID) == true, "\(council.vatID)")
      #expect(
        council.contacts.allSatisfy {
          $0.email.hasSuffix("@ayto\(CustomerFactory.asciiSlug(council.address.city)).es")
        })
    }
    #expect(CustomerFactory.asciiSlug("Málaga") == "malaga")
    // Outside Spain the segment is only a segment: companies with their usual names.
    #expect(!(try Self.customer(.FR, seed: 1, segment: "public_sector")).legalName.hasPrefix("Ayuntamiento"))
  }
}
