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
    let (legalName, core, legalForm) = legalName(segment: segment, using: &generator)
    let domain = Self.slug(core) + "." + book.emailDomainSuffix
    let contacts = ["billing", "accounts_payable"].map { role in
      contact(role: role, domain: domain, using: &generator)
    }
    let limitRange = spec.creditLimit ?? size.defaultCreditLimit
    // Credit limits are set in round thousands.
    let limit = max(100_000, generator.minorUnits(in: limitRange.min...limitRange.max) / 100_000 * 100_000)
    let risk =
      spec.riskClass?.pick(using: &generator) ?? generator.element(of: persona.type.defaults.riskClasses)
    return Customer(
      number: "C" + digits(6, using: &generator), legalName: legalName, country: country, language: language,
      segment: segment, size: size, vatID: vatID(legalForm: legalForm, using: &generator),
      iban: iban(using: &generator), address: address(using: &generator), contacts: contacts,
      creditLimit: Money(minorUnits: limit, currency: currency), riskClass: risk)
  }

  /// The full name, the part used for the e-mail domain, and the legal form.
  func legalName(segment: String, using generator: inout some RandomNumberGenerator) -> (
    String, String, String
  ) {
    let trade = generator.element(of: book.trades[segment] ?? book.genericTrades)
    let form = generator.element(of: book.legalForms)
    let surname = generator.element(of: book.surnames)
    let core: String
    switch generator.int(in: 0...2) {
    case 0:
      let drawn = generator.index(below: book.surnames.count - 1)
      // Skip the first surname so a name never repeats it ("Martín Martín").
      let second = book.surnames[drawn >= book.surnames.firstIndex(of: surname) ?? 0 ? drawn + 1 : drawn]
      core = book.tradeAfterName ? "\(surname) & \(second) \(trade)" : "\(trade) \(surname) \(second)"
    case 1:
      let region = generator.element(of: book.regions)
      core = book.tradeAfterName ? "\(region) \(trade)" : "\(trade) \(region)"
    default:
      core = book.tradeAfterName ? "\(surname) \(trade)" : "\(trade) \(surname)"
    }
    return ("\(core) \(form)", core, form)
  }

  func contact(role: String, domain: String, using generator: inout some RandomNumberGenerator) -> Contact {
    let given = generator.element(of: book.givenNames)
    let surname = generator.element(of: book.surnames)
    let email = Self.slug(given) + "." + Self.slug(surname) + "@" + domain
    return Contact(role: role, name: "\(given) \(surname)", email: email, phone: phone(using: &generator))
  }

  func phone(using generator: inout some RandomNumberGenerator) -> String {
    let prefix = generator.element(of: country.landlinePrefixes)
    let total = country.phoneGroups.reduce(0, +)
    let number = prefix + digits(total - prefix.count, using: &generator)
    var parts: [Substring] = []
    var start = number.startIndex
    for length in country.phoneGroups {
      let end = number.index(start, offsetBy: length)
      parts.append(number[start..<end])
      start = end
    }
    return "+" + country.callingCode + " " + parts.joined(separator: " ")
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
        prefix + digits(book.postalLength - prefix.count, using: &generator) + "-"
        + digits(3, using: &generator)
    case .NL:
      postal =
        prefix + digits(book.postalLength - prefix.count, using: &generator) + " "
        + letters(2, using: &generator)
    default:
      postal = prefix + digits(book.postalLength - prefix.count, using: &generator)
    }
    let streetLine =
      book.tradeAfterName && country != .GB && country != .IE
      ? "\(street) \(number)"
      : (country == .GB || country == .IE ? "\(number) \(street)" : "\(street), \(number)")
    return Address(street: streetLine, postalCode: postal, city: city, country: country)
  }

  func vatID(legalForm: String, using generator: inout some RandomNumberGenerator) -> String {
    switch country {
    case .ES:
      let kind: Character = legalForm == "S.A." ? "A" : "B"
      return "ES" + TaxID.cif(kind: kind, digits: (0..<7).map { _ in generator.int(in: 0...9) })
    case .PT:
      let body = [5] + (0..<7).map { _ in generator.int(in: 0...9) }
      return "PT" + body.map(String.init).joined() + String(TaxID.portugueseCheck(body))
    case .FR:
      let siren = generator.int(in: 300_000_000...999_999_999)
      let key = TaxID.frenchKey(siren: siren)
      return "FR" + (key < 10 ? "0" : "") + String(key) + String(siren)
    case .DE:
      let body = [generator.int(in: 1...9)] + (0..<7).map { _ in generator.int(in: 0...9) }
      return "DE" + body.map(String.init).joined() + String(TaxID.germanCheck(body))
    case .IT:
      let body = (0..<10).map { _ in generator.int(in: 0...9) }
      return "IT" + body.map(String.init).joined() + String(TaxID.italianCheck(body))
    case .BE:
      let firstEight = generator.int(in: 2_000_000...9_999_999)
      let check = TaxID.belgianCheck(firstEight)
      return "BE0" + String(firstEight) + (check < 10 ? "0" : "") + String(check)
    case .NL:
      for _ in 0..<16 {
        let body = (0..<8).map { _ in generator.int(in: 0...9) }
        if let check = TaxID.dutchCheck(body) {
          return "NL" + body.map(String.init).joined() + String(check) + "B01"
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
      let bankBranch = (0..<8).map { _ in generator.int(in: 0...9) }
      let account = (0..<10).map { _ in generator.int(in: 0...9) }
      let (first, second) = IBAN.spanishControl(bankBranch: bankBranch, account: account)
      bban = (bankBranch + [first, second] + account).map(String.init).joined()
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
    var scalars = String.UnicodeScalarView()
    for _ in 0..<max(0, count) { scalars.append(Unicode.Scalar(UInt8(48 + generator.int(in: 0...9)))) }
    return String(scalars)
  }

  func letters(_ count: Int, using generator: inout some RandomNumberGenerator) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<max(0, count) { scalars.append(Unicode.Scalar(UInt8(65 + generator.int(in: 0...25)))) }
    return String(scalars)
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
