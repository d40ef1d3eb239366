/// Makes a plausible customer for a country: legal name, VAT id and IBAN with valid check
/// characters, address, contacts with the country's phone format. The text is written as
/// bytes into an `AccountText`, piece by piece, with no intermediate strings.
struct CustomerFactory {
  var country: Country
  /// Not retained: the books live as long as the process, and a reference count per
  /// account on an object every generator thread shares would cost more than the rest of
  /// the customer's text.
  unowned(unsafe) let book: NameBook

  init(country: Country) {
    self.country = country
    book = NameBook.book(for: country)
  }

  /// Fills `customer` and writes its text into `text` (its customer number, legal name,
  /// VAT id, IBAN, street, postal code, city and contacts), drawing every choice from
  /// `generator`.
  func fill(
    _ customer: inout Customer, text: AccountText, spec: CustomerSpec, language: String, segment: String,
    size: CompanySize, persona: Persona, currency: CurrencyCode,
    using generator: inout some RandomNumberGenerator
  ) {
    // The city first: the contacts' phones, the postal code and (in Italy) the VAT number's
    // tax office all follow its province.
    let city = generator.index(below: book.text.cities.count)
    let publicBody = country == .ES && segment == Self.publicSector
    let sociedadAnonima =
      publicBody
      ? publicBodyName(into: text, city: city) : legalName(into: text, segment: segment, using: &generator)
    for contact in AccountText.contactRoles.indices {
      self.contact(contact, city: city, into: text, using: &generator)
    }
    let limitRange = spec.creditLimit ?? size.defaultCreditLimit
    // Credit limits are set in round thousands.
    let limit = max(100_000, generator.minorUnits(in: limitRange.min...limitRange.max) / 100_000 * 100_000)
    customer.riskClass =
      spec.riskClass?.pick(using: &generator) ?? generator.element(of: persona.type.defaults.riskClasses)
    text.begin()
    text.append(UInt8(ascii: "C"))
    text.appendDigits(6, using: &generator)
    text.end(.number)
    vatID(into: text, sociedadAnonima: sociedadAnonima, publicBody: publicBody, city: city, using: &generator)
    iban(into: text, using: &generator)
    address(into: text, city: city, using: &generator)
    customer.country = country
    customer.address.country = country
    customer.language = language
    customer.segment = segment
    customer.size = size
    customer.creditLimit = Money(minorUnits: limit, code: currency)
  }

  /// Writes the full name and the e-mail domain (the slugs of the name's parts before the
  /// legal form, and the country's suffix); returns whether the legal form is a Spanish
  /// sociedad anónima. Names are drawn by position so their slugs come from the book.
  func legalName(into text: AccountText, segment: String, using generator: inout some RandomNumberGenerator)
    -> Bool
  {
    let tables = book.text
    let (trades, tradeSlugs) = tables.trades(of: segment)
    let tradeIndex = generator.index(below: trades.count)
    let trade = NamePart(name: trades[tradeIndex], slug: tradeSlugs[tradeIndex])
    let form = generator.index(below: tables.legalForms.count)
    let surnameIndex = generator.index(below: tables.surnames.count)
    let surname = NamePart(name: tables.surnames[surnameIndex], slug: tables.surnameSlugs[surnameIndex])
    let parts: (NamePart, NamePart, NamePart?)
    var separator: StaticString = " "
    switch generator.int(in: 0...2) {
    case 0:
      let drawn = generator.index(below: tables.surnames.count - 1)
      // Skip the first surname so a name never repeats it ("Martín Martín").
      let index = drawn >= tables.firstSurnameIndex[surnameIndex] ? drawn + 1 : drawn
      let second = NamePart(name: tables.surnames[index], slug: tables.surnameSlugs[index])
      if book.tradeAfterName {
        parts = (surname, second, trade)
        separator = " & "
      } else {
        parts = (trade, surname, second)
      }
    case 1:
      let index = generator.index(below: tables.regions.count)
      let region = NamePart(name: tables.regions[index], slug: tables.regionSlugs[index])
      parts = book.tradeAfterName ? (region, trade, nil) : (trade, region, nil)
    default:
      parts = book.tradeAfterName ? (surname, trade, nil) : (trade, surname, nil)
    }
    text.begin()
    text.append(entry: parts.0.name)
    text.append(separator)
    text.append(entry: parts.1.name)
    if let third = parts.2 {
      text.append(UInt8(ascii: " "))
      text.append(entry: third.name)
    }
    text.append(UInt8(ascii: " "))
    text.append(entry: tables.legalForms[form])
    text.end(.legalName)
    text.begin()
    text.append(entry: parts.0.slug)
    text.append(entry: parts.1.slug)
    if let third = parts.2 { text.append(entry: third.slug) }
    text.append(UInt8(ascii: "."))
    text.append(entry: tables.emailDomainSuffix[0])
    text.end(.domain)
    return tables.sociedadAnonimaForms & 1 << UInt64(form) != 0
  }

  /// The segment whose Spanish customers are public bodies (a town council), not companies.
  static let publicSector = "public_sector"

  /// Writes a Spanish town council's name, `Ayuntamiento de Málaga`, and its e-mail domain,
  /// `aytomalaga.es`; never a sociedad anónima. A rare path: plain strings are fine here.
  func publicBodyName(into text: AccountText, city: Int) -> Bool {
    let name = book.cities[city].name
    text.begin()
    text.append("Ayuntamiento de ")
    text.append(name)
    text.end(.legalName)
    text.begin()
    text.append("ayto")
    text.append(Self.asciiSlug(name))
    text.append(".es")
    text.end(.domain)
    return false
  }

  /// Lower-case ASCII letters of `name`, accents dropped: `Málaga` -> `malaga`.
  static func asciiSlug(_ name: String) -> String {
    let plain: [Character: Character] = [
      "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ñ": "n",
    ]
    return String(
      name.lowercased().compactMap { character in
        let folded = plain[character] ?? character
        return folded.isASCII && folded.isLetter ? folded : nil
      })
  }

  /// A word of a company name and its e-mail slug, as bytes of the book's tables.
  struct NamePart {
    var name: UnsafeBufferPointer<UInt8>
    var slug: UnsafeBufferPointer<UInt8>
  }

  /// Writes contact `contact`'s name, e-mail (at the domain written before) and phone (in
  /// `city`).
  func contact(
    _ contact: Int, city: Int, into text: AccountText, using generator: inout some RandomNumberGenerator
  ) {
    let given = generator.index(below: book.text.givenNameCount)
    let surname = generator.index(below: book.text.surnames.count)
    text.begin()
    text.append(entry: book.fullName(given: given, surname: surname))
    text.end(.contact(contact, .name))
    text.begin()
    text.append(entry: book.mailbox(given: given, surname: surname))
    text.append(.domain)
    text.end(.contact(contact, .email))
    text.begin()
    phone(city: city, into: text, using: &generator)
    text.end(.contact(contact, .phone))
  }

  /// `+CC` and a landline number of `city`'s area in the country's digit groups, e.g.
  /// `+34 912 345 678`.
  func phone(city: Int, into text: AccountText, using generator: inout some RandomNumberGenerator) {
    for byte in book.text.phones[city] {
      text.append(byte == 0 ? UInt8(48 + generator.int(in: 0...9)) : byte)
    }
  }

  /// Writes the street line, postal code and city.
  func address(into text: AccountText, city: Int, using generator: inout some RandomNumberGenerator) {
    let tables = book.text
    let street = tables.streets[generator.index(below: tables.streets.count)]
    let number = generator.int(in: 1...180)
    let prefix = tables.postalPrefixes[city]
    text.begin()
    text.append(entry: tables.cities[city])
    text.end(.city)
    text.begin()
    text.append(entry: prefix)
    switch country {
    case .GB:
      text.append(UInt8(ascii: " "))
      text.appendDigits(1, using: &generator)
      text.appendLetters(2, using: &generator)
    case .IE:
      text.append(generator.int(in: 1...9))
      text.append(UInt8(ascii: " "))
      text.appendLetters(1, using: &generator)
      text.appendDigits(3, using: &generator)
    case .PT:
      text.appendDigits(book.postalLength - prefix.count, using: &generator)
      text.append(UInt8(ascii: "-"))
      text.appendDigits(3, using: &generator)
    case .NL:
      text.appendDigits(book.postalLength - prefix.count, using: &generator)
      text.append(UInt8(ascii: " "))
      text.appendLetters(2, using: &generator)
    default:
      text.appendDigits(book.postalLength - prefix.count, using: &generator)
    }
    text.end(.postalCode)
    text.begin()
    if country == .GB || country == .IE {
      text.append(number)
      text.append(UInt8(ascii: " "))
      text.append(entry: street)
    } else {
      text.append(entry: street)
      text.append(book.tradeAfterName ? " " : ", ")
      text.append(number)
    }
    text.end(.street)
  }

  /// Writes the VAT id: the country prefix and a number that passes the country's official
  /// check (`TaxID.isValidVAT`), for a company in `city`.
  func vatID(
    into text: AccountText, sociedadAnonima: Bool, publicBody: Bool = false, city: Int,
    using generator: inout some RandomNumberGenerator
  ) {
    text.begin()
    defer { text.end(.vatID) }
    switch country {
    case .ES:
      // The CIF's organisation letter (A for an S.A., B for an S.L.), seven digits and the
      // control digit.
      text.append("ES")
      if publicBody {
        // A local corporation's NIF: P, the province's two digits, five more and a control
        // letter (Real Decreto 1065/2007, art. 22: P takes a letter).
        text.append(UInt8(ascii: "P"))
        text.append(entry: book.text.postalPrefixes[city])
        text.appendDigits(5, using: &generator)
        text.append(
          UInt8(TaxID.cifControlLetters[TaxID.cifControlDigit(Self.values(text.last(7)))].asciiValue ?? 74))
        return
      }
      text.append(sociedadAnonima ? UInt8(ascii: "A") : UInt8(ascii: "B"))
      text.appendDigits(7, using: &generator)
      text.append(UInt8(48 + TaxID.cifControlDigit(Self.values(text.last(7)))))
    case .PT:
      text.append("PT5")
      text.appendDigits(7, using: &generator)
      text.append(TaxID.portugueseCheck(Self.values(text.last(8))))
    case .FR:
      // A SIREN is eight digits and a Luhn check digit (INSEE).
      let stem = generator.int(in: 30_000_000...99_999_999)
      let siren = stem * 10 + TaxID.luhnCheck(Self.decimalDigits(stem))
      text.append("FR")
      text.append(TaxID.frenchKey(siren: siren), width: 2)
      text.append(siren)
    case .DE:
      text.append("DE")
      text.append(generator.int(in: 1...9))
      text.appendDigits(7, using: &generator)
      text.append(TaxID.germanCheck(Self.values(text.last(8))))
    case .IT:
      // Seven digits (not all zero), the province's tax office, the Luhn check digit.
      text.append("IT")
      text.append(generator.int(in: 1...9_999_999), width: 7)
      text.append(entry: book.text.taxOffices[city])
      text.append(TaxID.luhnCheck(Self.values(text.last(10))))
    case .BE:
      let firstEight = generator.int(in: 2_000_000...9_999_999)
      text.append("BE0")
      text.append(firstEight)
      text.append(TaxID.belgianCheck(firstEight), width: 2)
    case .NL:
      text.append("NL")
      let body = text.count
      for _ in 0..<16 {
        text.appendDigits(8, using: &generator)
        if let check = TaxID.dutchCheck(Self.values(text.last(8))) {
          text.append(check)
          text.append("B01")
          return
        }
        text.truncate(to: body)
      }
      text.append("000000000B01")
    case .AT:
      text.append("ATU")
      text.appendDigits(8, using: &generator)
    case .IE:
      text.append("IE")
      text.appendDigits(7, using: &generator)
      text.appendLetters(1, using: &generator)
    case .GB:
      // Seven digits from 100 0000 on and HMRC's 9755 check digits.
      text.append("GB")
      text.append(generator.int(in: 1_000_000...9_999_999))
      text.append(TaxID.britishCheck(Self.values(text.last(7))), width: 2)
    }
  }

  /// Writes the IBAN: country, check digits (written last), and the BBAN.
  func iban(into text: AccountText, using generator: inout some RandomNumberGenerator) {
    text.begin()
    let start = text.count
    text.append(country.rawValue)
    text.append("00")
    switch country {
    case .ES:
      // A real bank's entity code, a branch (4 digits), two control digits, account (10).
      let banks = book.text.bankCodes
      text.append(entry: banks[generator.index(below: banks.count)])
      text.appendDigits(4, using: &generator)
      text.append("00")
      text.appendDigits(10, using: &generator)
      let bban = text.last(20)
      let (first, second) = IBAN.spanishControl(
        bankBranch: Self.values(UnsafeBufferPointer(rebasing: bban[0..<8])),
        account: Self.values(UnsafeBufferPointer(rebasing: bban[10..<20])))
      text.store(UInt8(48 + first), at: start + 12)
      text.store(UInt8(48 + second), at: start + 13)
    case .GB, .IE:
      text.append(generator.element(of: country == .GB ? Self.britishBanks : Self.irishBanks))
      text.appendDigits(14, using: &generator)
    case .NL:
      text.append(generator.element(of: Self.dutchBanks))
      text.appendDigits(10, using: &generator)
    case .IT:
      text.appendLetters(1, using: &generator)
      text.appendDigits(22, using: &generator)
    default:
      text.appendDigits(country.bbanLength, using: &generator)
    }
    let check = IBAN.checkNumber(country: country.rawValue, bban: text.last(text.count - start - 4))
    text.store(UInt8(48 + check / 10), at: start + 2)
    text.store(UInt8(48 + check % 10), at: start + 3)
    text.end(.iban)
  }

  static let britishBanks = ["NWBK", "BARC", "LOYD"]
  static let irishBanks = ["AIBK", "BOFI"]
  static let dutchBanks = ["ABNA", "INGB", "RABO"]

  /// The eight decimal digits of `value` (below 10^8), most significant first.
  static func decimalDigits(_ value: Int) -> [Int] {
    (0..<8).reversed().map { value / Self.powersOfTen[$0] % 10 }
  }

  private static let powersOfTen = (0..<8).map { (0..<$0).reduce(1) { value, _ in value * 10 } }

  /// ASCII digits as their values.
  static func values(_ digits: UnsafeBufferPointer<UInt8>) -> LazyMapSequence<UnsafeBufferPointer<UInt8>, Int>
  {
    digits.lazy.map { Int($0) - 48 }
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
