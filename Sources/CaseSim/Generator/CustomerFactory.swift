/// Makes a plausible customer for a country: legal name, VAT id and IBAN with valid check
/// characters, address, contacts with the country's phone format.
struct CustomerFactory {
  var country: Country
  var book: NameBook

  init(country: Country) {
    self.country = country
    book = NameBook.book(for: country)
  }

  func customer(
    spec: CustomerSpec, language: String, segment: String, size: CompanySize, persona: Persona,
    currency: String, using generator: inout some RandomNumberGenerator
  ) -> Customer {
    let (legalName, domain, legalForm) = legalName(segment: segment, using: &generator)
    // One array, filled in order: billing first, as the draws always were.
    let contacts = [
      contact(role: "billing", domain: domain, using: &generator),
      contact(role: "accounts_payable", domain: domain, using: &generator),
    ]
    let limitRange = spec.creditLimit ?? size.defaultCreditLimit
    // Credit limits are set in round thousands.
    let limit = max(100_000, generator.minorUnits(in: limitRange.min...limitRange.max) / 100_000 * 100_000)
    let risk =
      spec.riskClass?.pick(using: &generator) ?? generator.element(of: persona.type.defaults.riskClasses)
    return Customer(
      number: GeneratedText.digits(6, after: UInt8(ascii: "C"), using: &generator), legalName: legalName,
      country: country,
      language: language,
      segment: segment, size: size, vatID: vatID(legalForm: legalForm, using: &generator),
      iban: iban(using: &generator), address: address(using: &generator), contacts: contacts,
      creditLimit: Money(minorUnits: limit, currency: currency), riskClass: risk)
  }

  /// The full name, the e-mail domain (the slug of the name's part before the legal form
  /// and the country's suffix), and the legal form; each string is built in one go. Names
  /// are drawn by position so their slugs come from the book's table.
  func legalName(segment: String, using generator: inout some RandomNumberGenerator) -> (
    String, String, String
  ) {
    let (trades, tradeSlugs) = book.tradeTable[segment] ?? (book.genericTrades, book.genericTradeSlugs)
    let tradeIndex = generator.index(below: trades.count)
    let trade = trades[tradeIndex]
    let tradeSlug = tradeSlugs[tradeIndex]
    let form = generator.element(of: book.legalForms)
    let surnameIndex = generator.index(below: book.surnames.count)
    let surname = book.surnames[surnameIndex]
    let surnameSlug = book.surnameSlugs[surnameIndex]
    let name: String
    let domain: String
    let suffix = book.emailDomainSuffix
    switch generator.int(in: 0...2) {
    case 0:
      let drawn = generator.index(below: book.surnames.count - 1)
      // Skip the first surname so a name never repeats it ("Martín Martín").
      let secondIndex = drawn >= book.firstSurnameIndex[surnameIndex] ? drawn + 1 : drawn
      let second = book.surnames[secondIndex]
      let secondSlug = book.surnameSlugs[secondIndex]
      if book.tradeAfterName {
        name = GeneratedText.join(surname, " & ", second, " ", trade, " ", form)
        domain = GeneratedText.join(surnameSlug, secondSlug, tradeSlug, ".", suffix)
      } else {
        name = GeneratedText.join(trade, " ", surname, " ", second, " ", form)
        domain = GeneratedText.join(tradeSlug, surnameSlug, secondSlug, ".", suffix)
      }
    case 1:
      let regionIndex = generator.index(below: book.regions.count)
      let region = book.regions[regionIndex]
      let regionSlug = book.regionSlugs[regionIndex]
      if book.tradeAfterName {
        name = GeneratedText.join(region, " ", trade, " ", form)
        domain = GeneratedText.join(regionSlug, tradeSlug, ".", suffix)
      } else {
        name = GeneratedText.join(trade, " ", region, " ", form)
        domain = GeneratedText.join(tradeSlug, regionSlug, ".", suffix)
      }
    default:
      if book.tradeAfterName {
        name = GeneratedText.join(surname, " ", trade, " ", form)
        domain = GeneratedText.join(surnameSlug, tradeSlug, ".", suffix)
      } else {
        name = GeneratedText.join(trade, " ", surname, " ", form)
        domain = GeneratedText.join(tradeSlug, surnameSlug, ".", suffix)
      }
    }
    return (name, domain, form)
  }

  func contact(role: String, domain: String, using generator: inout some RandomNumberGenerator) -> Contact {
    let givenIndex = generator.index(below: book.givenNames.count)
    let surnameIndex = generator.index(below: book.surnames.count)
    let email = GeneratedText.join(book.mailbox(given: givenIndex, surname: surnameIndex), domain)
    return Contact(
      role: role, name: book.fullName(given: givenIndex, surname: surnameIndex),
      email: email, phone: phone(using: &generator))
  }

  /// `+CC` and the national number in the country's digit groups, e.g. `+34 912 345 678`.
  func phone(using generator: inout some RandomNumberGenerator) -> String {
    var prefix = generator.element(of: country.landlinePrefixes)
    var callingCode = country.callingCode
    let groups = country.phoneGroups
    let total = groups.reduce(0, +)
    let length = 1 + callingCode.utf8.count + groups.count + total
    return String(unsafeUninitializedCapacity: length) { buffer in
      var offset = 0
      func put(_ byte: UInt8) {
        buffer[offset] = byte
        offset += 1
      }
      put(UInt8(ascii: "+"))
      callingCode.withUTF8 { for byte in $0 { put(byte) } }
      var written = 0
      var groupIndex = 0
      var groupEnd = 0
      func separate() {
        // A space before each digit group.
        while groupIndex < groups.count, written == groupEnd {
          put(UInt8(ascii: " "))
          groupEnd += groups[groupIndex]
          groupIndex += 1
        }
      }
      prefix.withUTF8 { utf8 in
        for byte in utf8.prefix(total) {
          separate()
          put(byte)
          written += 1
        }
      }
      while written < total {
        separate()
        put(UInt8(48 + generator.int(in: 0...9)))
        written += 1
      }
      return offset
    }
  }

  func address(using generator: inout some RandomNumberGenerator) -> Address {
    let (city, prefix) = generator.element(of: book.cities)
    let street = generator.element(of: book.streets)
    let number = generator.int(in: 1...180)
    let postal: String
    switch country {
    case .GB:
      postal = prefix + " " + digits(1, using: &generator) + letters(2, using: &generator)
    case .IE:
      postal =
        prefix + String(generator.int(in: 1...9)) + " " + letters(1, using: &generator)
        + digits(3, using: &generator)
    case .PT:
      postal =
        prefix + digits(book.postalLength - prefix.utf8.count, using: &generator) + "-"
        + digits(3, using: &generator)
    case .NL:
      postal =
        prefix + digits(book.postalLength - prefix.utf8.count, using: &generator) + " "
        + letters(2, using: &generator)
    default:
      postal = prefix + digits(book.postalLength - prefix.utf8.count, using: &generator)
    }
    let streetLine =
      book.tradeAfterName && country != .GB && country != .IE
      ? GeneratedText.join(street, " ", String(number))
      : (country == .GB || country == .IE
        ? GeneratedText.join(String(number), " ", street) : GeneratedText.join(street, ", ", String(number)))
    return Address(street: streetLine, postalCode: postal, city: city, country: country)
  }

  func vatID(legalForm: String, using generator: inout some RandomNumberGenerator) -> String {
    switch country {
    case .ES:
      // `ES`, the CIF's organisation letter, seven digits and the control digit, written
      // straight into the string (TaxID.cif spells out the same rule).
      let kind = legalForm == "S.A." ? UInt8(ascii: "A") : UInt8(ascii: "B")
      return String(unsafeUninitializedCapacity: 11) { buffer in
        buffer[0] = UInt8(ascii: "E")
        buffer[1] = UInt8(ascii: "S")
        buffer[2] = kind
        for offset in 3..<10 { buffer[offset] = UInt8(48 + generator.int(in: 0...9)) }
        buffer[10] = UInt8(48 + TaxID.cifControlDigit(buffer[3..<10].lazy.map { Int($0) - 48 }))
        return 11
      }
    case .PT:
      let body = [5] + (0..<7).map { _ in generator.int(in: 0...9) }
      return "PT" + GeneratedText.digits(body) + String(TaxID.portugueseCheck(body))
    case .FR:
      let siren = generator.int(in: 300_000_000...999_999_999)
      let key = TaxID.frenchKey(siren: siren)
      return "FR" + (key < 10 ? "0" : "") + String(key) + String(siren)
    case .DE:
      let body = [generator.int(in: 1...9)] + (0..<7).map { _ in generator.int(in: 0...9) }
      return "DE" + GeneratedText.digits(body) + String(TaxID.germanCheck(body))
    case .IT:
      let body = (0..<10).map { _ in generator.int(in: 0...9) }
      return "IT" + GeneratedText.digits(body) + String(TaxID.italianCheck(body))
    case .BE:
      let firstEight = generator.int(in: 2_000_000...9_999_999)
      let check = TaxID.belgianCheck(firstEight)
      return "BE0" + String(firstEight) + (check < 10 ? "0" : "") + String(check)
    case .NL:
      for _ in 0..<16 {
        let body = (0..<8).map { _ in generator.int(in: 0...9) }
        if let check = TaxID.dutchCheck(body) {
          return "NL" + GeneratedText.digits(body) + String(check) + "B01"
        }
      }
      return "NL000000000B01"
    case .AT: return "ATU" + digits(8, using: &generator)
    case .IE: return "IE" + digits(7, using: &generator) + letters(1, using: &generator)
    case .GB: return "GB" + digits(9, using: &generator)
    }
  }

  func iban(using generator: inout some RandomNumberGenerator) -> String {
    let bban: String
    switch country {
    case .ES:
      // Bank and branch (8 digits), two control digits, account (10 digits), written
      // straight into the IBAN behind `ES` and its check digits.
      return String(unsafeUninitializedCapacity: 24) { buffer in
        for offset in 4..<12 { buffer[offset] = UInt8(48 + generator.int(in: 0...9)) }
        for offset in 14..<24 { buffer[offset] = UInt8(48 + generator.int(in: 0...9)) }
        let (first, second) = IBAN.spanishControl(
          bankBranch: buffer[4..<12].lazy.map { Int($0) - 48 },
          account: buffer[14..<24].lazy.map { Int($0) - 48 })
        buffer[12] = UInt8(48 + first)
        buffer[13] = UInt8(48 + second)
        let check = IBAN.checkNumber(country: "ES", bban: UnsafeBufferPointer(rebasing: buffer[4..<24]))
        buffer[0] = UInt8(ascii: "E")
        buffer[1] = UInt8(ascii: "S")
        buffer[2] = UInt8(48 + check / 10)
        buffer[3] = UInt8(48 + check % 10)
        return 24
      }
    case .GB, .IE:
      bban =
        generator.element(of: country == .GB ? ["NWBK", "BARC", "LOYD"] : ["AIBK", "BOFI"])
        + digits(14, using: &generator)
    case .NL:
      bban = generator.element(of: ["ABNA", "INGB", "RABO"]) + digits(10, using: &generator)
    case .IT:
      bban = letters(1, using: &generator) + digits(22, using: &generator)
    default:
      bban = digits(country.bbanLength, using: &generator)
    }
    return IBAN.make(country: country.rawValue, bban: bban)
  }

  func digits(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
    GeneratedText.digits(count, using: &generator)
  }

  func letters(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
    GeneratedText.letters(count, using: &generator)
  }

  /// Lower-case ASCII letters and digits only, accents folded (`Núñez` -> `nunez`).
  static func slug(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if let folded = foldedAccents[scalar] {
        result.append(folded)
      } else if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  static let foldedAccents: [Unicode.Scalar: Unicode.Scalar] = [
    "á": "a", "à": "a", "â": "a", "ã": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i",
    "ì": "i",
    "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ö": "o", "ú": "u", "ù": "u", "û": "u",
    "ü": "u",
    "ñ": "n", "ç": "c", "ß": "s",
  ]
}
