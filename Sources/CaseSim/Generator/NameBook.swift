/// Names, places and company-name patterns per country, so a generated customer reads like
/// a real business of its country. Plausible, not real: combinations are drawn at random.
/// The generator reads the lists as byte tables (`text`); the books are built once and
/// live as long as the process.
final class NameBook: Sendable {
  let givenNames: [String]
  let surnames: [String]
  /// The cities, position for position with `text.cities`.
  let cities: [City]
  /// Whether the trade word follows the family name (`Müller Logistik GmbH`).
  let tradeAfterName: Bool
  /// Digits of a postal code after its city's prefix, counted from the start.
  let postalLength: Int
  /// The generator's text, as byte tables read without reference counting
  /// (`TextTable`), position for position with the lists above.
  let text: Text

  /// The lists `CustomerFactory` reads, as `TextTable`s and plain memory.
  // @unchecked Sendable: written once in `NameBook.init`, only read after.
  struct Text: @unchecked Sendable {
    /// Every "Given Surname" pair, given name major.
    var fullNames: TextTable
    /// Every "given.surname@" e-mail local part with its `@`, in the same order.
    var mailboxes: TextTable
    var surnames: TextTable
    var surnameSlugs: TextTable
    var regions: TextTable
    var regionSlugs: TextTable
    var genericTrades: TextTable
    var genericTradeSlugs: TextTable
    var legalForms: TextTable
    var streets: TextTable
    var cities: TextTable
    var postalPrefixes: TextTable
    /// Each city's tax office code where the VAT number carries one (Italy), else empty.
    var taxOffices: TextTable
    /// The bank codes an IBAN of the country starts its BBAN with, where the generator
    /// uses real ones (Spain: `SpanishBanks`), else empty.
    var bankCodes: TextTable
    /// One entry: the e-mail domain's suffix, e.g. `es`.
    var emailDomainSuffix: TextTable
    /// Each city's landline number as written, with the area code of its province and a 0
    /// byte standing for each digit drawn at random: `+34 91_ ___ ___` for Madrid.
    var phones: TextTable
    /// The segments with trade words of their own; others take `genericTrades`. Searched
    /// in order, not hashed: a book lists three or four.
    var tradeSegments: TextTable
    /// Each listed segment's trade words and their slugs, in `tradeSegments` order.
    var trades: UnsafeMutablePointer<(names: TextTable, slugs: TextTable)>
    /// For each surname position, the first position holding the same name.
    var firstSurnameIndex: UnsafeMutablePointer<Int>
    /// Bit `i` set when legal form `i` is a Spanish sociedad anónima (`S.A.`).
    var sociedadAnonimaForms: UInt64
    var givenNameCount: Int

    /// Frees the tables.
    func deallocate() {
      let tables = [
        fullNames, mailboxes, surnames, surnameSlugs, regions, regionSlugs, genericTrades, genericTradeSlugs,
        legalForms, streets, cities, postalPrefixes, taxOffices, bankCodes, emailDomainSuffix, phones,
      ]
      for index in 0..<tradeSegments.count {
        trades[index].names.deallocate()
        trades[index].slugs.deallocate()
      }
      for table in tables + [tradeSegments] { table.deallocate() }
      trades.deallocate()
      firstSurnameIndex.deallocate()
    }

    /// The trade words of `segment` and their slugs.
    func trades(of segment: String) -> (names: TextTable, slugs: TextTable) {
      var segment = segment
      return segment.withUTF8 { wanted in
        for index in 0..<tradeSegments.count where tradeSegments[index].elementsEqual(wanted) {
          return trades[index]
        }
        return (genericTrades, genericTradeSlugs)
      }
    }
  }

  init(
    country: Country, givenNames: [String], surnames: [String], trades: [String: [String]],
    genericTrades: [String],
    regions: [String], legalForms: [String], tradeAfterName: Bool, streets: [String],
    cities: [City], postalLength: Int, emailDomainSuffix: String
  ) {
    self.givenNames = givenNames
    self.surnames = surnames
    self.cities = cities
    self.tradeAfterName = tradeAfterName
    self.postalLength = postalLength
    let givenSlugs = givenNames.map(CustomerFactory.slug)
    let surnameSlugs = surnames.map(CustomerFactory.slug)
    let segments = trades.keys.sorted()
    let tradeTables = UnsafeMutablePointer<(names: TextTable, slugs: TextTable)>.allocate(
      capacity: segments.count)
    for (index, segment) in segments.enumerated() {
      let words = trades[segment] ?? []
      (tradeTables + index).initialize(to: (TextTable(words), TextTable(words.map(CustomerFactory.slug))))
    }
    let firstSurnameIndex = UnsafeMutablePointer<Int>.allocate(capacity: surnames.count)
    for (index, surname) in surnames.enumerated() {
      (firstSurnameIndex + index).initialize(to: surnames.firstIndex(of: surname) ?? 0)
    }
    let sociedadAnonimaForms = legalForms.enumerated().reduce(UInt64(0)) {
      $1.element == "S.A." ? $0 | 1 << UInt64($1.offset) : $0
    }
    text = Text(
      fullNames: TextTable(givenNames.flatMap { given in surnames.map { given + " " + $0 } }),
      mailboxes: TextTable(givenSlugs.flatMap { given in surnameSlugs.map { given + "." + $0 + "@" } }),
      surnames: TextTable(surnames), surnameSlugs: TextTable(surnameSlugs), regions: TextTable(regions),
      regionSlugs: TextTable(regions.map(CustomerFactory.slug)), genericTrades: TextTable(genericTrades),
      genericTradeSlugs: TextTable(genericTrades.map(CustomerFactory.slug)),
      legalForms: TextTable(legalForms), streets: TextTable(streets), cities: TextTable(cities.map(\.name)),
      postalPrefixes: TextTable(cities.map(\.postalPrefix)), taxOffices: TextTable(cities.map(\.taxOffice)),
      bankCodes: TextTable(country == .ES ? SpanishBanks.codes : []),
      emailDomainSuffix: TextTable([emailDomainSuffix]),
      phones: TextTable(cities.map { Array($0.phone.utf8).map { $0 == UInt8(ascii: "#") ? 0 : $0 } }),
      tradeSegments: TextTable(segments),
      trades: tradeTables,
      firstSurnameIndex: firstSurnameIndex, sociedadAnonimaForms: sociedadAnonimaForms,
      givenNameCount: givenNames.count)
  }

  deinit {
    text.deallocate()
  }

  /// "given.surname@" for the names at these positions.
  func mailbox(given: Int, surname: Int) -> UnsafeBufferPointer<UInt8> {
    text.mailboxes[given * text.surnames.count + surname]
  }

  /// "Given Surname" for the names at these positions.
  func fullName(given: Int, surname: Int) -> UnsafeBufferPointer<UInt8> {
    text.fullNames[given * text.surnames.count + surname]
  }

  /// A city customers are placed in: its postal code prefix, landline template (`#` for a
  /// drawn digit) and, for Italy, the tax office code of its province. The three agree with
  /// the city's province, as a validator that checks one against another expects.
  struct City: Sendable {
    var name: String
    var postalPrefix: String
    var phone: String
    var taxOffice: String

    init(_ name: String, postal: String, phone: String, taxOffice: String = "") {
      self.name = name
      self.postalPrefix = postal
      self.phone = phone
      self.taxOffice = taxOffice
    }
  }

  /// The book of a country, built once: a generated account only indexes into it.
  static func book(for country: Country) -> NameBook {
    switch country {
    case .ES: spanish
    case .PT: portuguese
    case .FR: french
    case .DE: germany
    case .AT: austria
    case .IT: italian
    case .NL: netherlands
    case .BE: belgium
    case .IE: ireland
    case .GB: britain
    }
  }

  static let germany = german(.DE)
  static let austria = german(.AT)
  static let netherlands = dutch(.NL)
  static let belgium = dutch(.BE)
  static let ireland = english(.IE)
  static let britain = english(.GB)

  static let spanish = NameBook(
    country: .ES,
    givenNames: [
      "María", "Carmen", "Lucía", "Laura", "Marta", "Ana", "Elena", "Pilar", "Isabel", "Rocío", "Antonio",
      "José",
      "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Miguel", "Alejandro", "Pablo", "Sergio",
    ],
    surnames: [
      "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
      "Martín",
      "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Garrido", "Navarro",
      "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro", "Ortega",
    ],
    trades: [
      "logistics": ["Transportes", "Logística", "Mudanzas"],
      "wholesale": ["Distribuciones", "Suministros", "Comercial"],
      "construction": ["Construcciones", "Reformas", "Excavaciones"],
      "manufacturing": ["Industrias", "Talleres", "Metalúrgica"],
      "hospitality": ["Hostelería", "Restaurantes"], "retail": ["Comercial", "Almacenes"],
      "agriculture": ["Agrícola", "Frutas"], "technology": ["Sistemas", "Informática"],
    ],
    genericTrades: ["Servicios", "Gestión", "Suministros"],
    regions: [
      "Levante", "del Norte", "Ibérica", "Mediterráneo", "Castilla", "Cantábrica", "del Sur", "Atlántica",
    ],
    legalForms: ["S.L.", "S.L.", "S.L.", "S.A."], tradeAfterName: false,
    streets: [
      "Calle Mayor", "Avenida de la Constitución", "Calle Real", "Polígono Industrial Las Arenas, nave",
      "Calle de Alcalá", "Avenida del Puerto", "Calle San Vicente",
    ],
    // Postal code prefix = province number (Correos); landline area codes by province
    // (CNMC numbering plan).
    cities: [
      City("Madrid", postal: "28", phone: "+34 91# ### ###"),
      City("Barcelona", postal: "08", phone: "+34 93# ### ###"),
      City("Valencia", postal: "46", phone: "+34 963 ### ###"),
      City("Sevilla", postal: "41", phone: "+34 954 ### ###"),
      City("Zaragoza", postal: "50", phone: "+34 976 ### ###"),
      City("Málaga", postal: "29", phone: "+34 952 ### ###"),
      City("Bilbao", postal: "48", phone: "+34 944 ### ###"),
      City("Murcia", postal: "30", phone: "+34 968 ### ###"),
      City("Valladolid", postal: "47", phone: "+34 983 ### ###"),
      City("Alicante", postal: "03", phone: "+34 965 ### ###"),
    ],
    postalLength: 5, emailDomainSuffix: "es"
  )

  static let portuguese = NameBook(
    country: .PT,
    givenNames: ["João", "Ana", "Pedro", "Maria", "Rui", "Sofia", "Tiago", "Inês", "Miguel", "Beatriz"],
    surnames: [
      "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gomes",
    ],
    trades: ["logistics": ["Transportes"], "wholesale": ["Distribuição"], "construction": ["Construções"]],
    genericTrades: ["Comércio", "Serviços", "Indústrias"], regions: ["do Norte", "Atlântico", "Lusitana"],
    legalForms: ["Lda.", "Lda.", "S.A."], tradeAfterName: false,
    streets: ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Comércio"],
    cities: [
      City("Lisboa", postal: "1", phone: "+351 21# ### ###"),
      City("Porto", postal: "40", phone: "+351 22# ### ###"),
      City("Braga", postal: "47", phone: "+351 253 ### ###"),
      City("Coimbra", postal: "30", phone: "+351 239 ### ###"),
    ], postalLength: 4,
    emailDomainSuffix: "pt"
  )

  static let french = NameBook(
    country: .FR,
    givenNames: [
      "Camille", "Julie", "Claire", "Sophie", "Nicolas", "Thomas", "Pierre", "Julien", "Antoine", "Marie",
    ],
    surnames: [
      "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    ],
    trades: ["logistics": ["Transports"], "wholesale": ["Distribution"], "construction": ["Bâtiment"]],
    genericTrades: ["Services", "Industries", "Négoce"],
    regions: ["de l'Ouest", "Rhône-Alpes", "Atlantique"],
    legalForms: ["SAS", "SARL", "SA"], tradeAfterName: false,
    streets: ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta"],
    // Postal codes start with the département; landlines with the zone (1 Paris, 2 north-west,
    // 4 south-east, 5 south-west).
    cities: [
      City("Paris", postal: "75", phone: "+33 1 ## ## ## ##"),
      City("Lyon", postal: "69", phone: "+33 4 ## ## ## ##"),
      City("Marseille", postal: "13", phone: "+33 4 ## ## ## ##"),
      City("Toulouse", postal: "31", phone: "+33 5 ## ## ## ##"),
      City("Nantes", postal: "44", phone: "+33 2 ## ## ## ##"),
    ],
    postalLength: 5, emailDomainSuffix: "fr"
  )

  static func german(_ country: Country) -> NameBook {
    NameBook(
      country: country,
      givenNames: [
        "Anna", "Julia", "Katrin", "Sabine", "Thomas", "Michael", "Stefan", "Andreas", "Markus", "Jonas",
      ],
      surnames: [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch",
      ],
      trades: [
        "logistics": ["Logistik", "Spedition"], "wholesale": ["Handel", "Großhandel"],
        "construction": ["Bau"],
      ],
      genericTrades: ["Technik", "Service", "Industrie"], regions: ["Süd", "Nord", "Rhein"],
      legalForms: ["GmbH", "GmbH", "AG", "GmbH & Co. KG"], tradeAfterName: true,
      streets: ["Hauptstraße", "Bahnhofstraße", "Industriestraße", "Lindenweg"],
      cities: country == .AT
        ? [
          City("Wien", postal: "1", phone: "+43 1 #######"),
          City("Graz", postal: "80", phone: "+43 316 ######"),
          City("Linz", postal: "40", phone: "+43 732 ######"),
          City("Salzburg", postal: "50", phone: "+43 662 ######"),
        ]
        : [
          City("Berlin", postal: "10", phone: "+49 30 ########"),
          City("Hamburg", postal: "22", phone: "+49 40 ########"),
          City("München", postal: "80", phone: "+49 89 ########"),
          City("Köln", postal: "50", phone: "+49 221 #######"),
          City("Frankfurt am Main", postal: "60", phone: "+49 69 ########"),
        ],
      postalLength: country == .AT ? 4 : 5, emailDomainSuffix: country == .AT ? "at" : "de")
  }

  static let italian = NameBook(
    country: .IT,
    givenNames: [
      "Giulia", "Francesca", "Chiara", "Sara", "Marco", "Luca", "Andrea", "Matteo", "Alessandro", "Paolo",
    ],
    surnames: [
      "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    ],
    trades: ["logistics": ["Trasporti"], "wholesale": ["Distribuzione"], "construction": ["Costruzioni"]],
    genericTrades: ["Servizi", "Industrie", "Forniture"], regions: ["del Nord", "Adriatica", "Tirrena"],
    legalForms: ["S.r.l.", "S.r.l.", "S.p.A."], tradeAfterName: false,
    streets: ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante"],
    // The partita IVA's digits 8-10 are the code of the province's tax office, the
    // province's ISTAT code (015 Milano, 058 Roma, 001 Torino, 037 Bologna, 063 Napoli).
    cities: [
      City("Milano", postal: "201", phone: "+39 02 ########", taxOffice: "015"),
      City("Roma", postal: "001", phone: "+39 06 ########", taxOffice: "058"),
      City("Torino", postal: "101", phone: "+39 011 #######", taxOffice: "001"),
      City("Bologna", postal: "401", phone: "+39 051 #######", taxOffice: "037"),
      City("Napoli", postal: "801", phone: "+39 081 #######", taxOffice: "063"),
    ],
    postalLength: 5, emailDomainSuffix: "it"
  )

  static func dutch(_ country: Country) -> NameBook {
    NameBook(
      country: country,
      givenNames: ["Emma", "Sanne", "Lotte", "Eva", "Daan", "Thijs", "Bram", "Lars", "Pieter", "Jeroen"],
      surnames: [
        "de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Peeters", "Maes",
        "Claes",
      ],
      trades: [
        "logistics": ["Logistiek", "Transport"], "wholesale": ["Groothandel"], "construction": ["Bouw"],
      ],
      genericTrades: ["Techniek", "Diensten", "Handel"], regions: ["Noord", "Zuid", "Delta"],
      legalForms: country == .BE ? ["NV", "BV", "BV"] : ["B.V.", "B.V.", "N.V."], tradeAfterName: true,
      streets: ["Kerkstraat", "Stationsweg", "Industrieweg", "Dorpsstraat"],
      cities: country == .BE
        ? [
          City("Antwerpen", postal: "2", phone: "+32 3 ### ## ##"),
          City("Gent", postal: "90", phone: "+32 9 ### ## ##"),
          City("Brussel", postal: "10", phone: "+32 2 ### ## ##"),
          City("Leuven", postal: "30", phone: "+32 16 ## ## ##"),
        ]
        : [
          City("Amsterdam", postal: "10", phone: "+31 20 ### ####"),
          City("Rotterdam", postal: "30", phone: "+31 10 ### ####"),
          City("Utrecht", postal: "35", phone: "+31 30 ### ####"),
          City("Eindhoven", postal: "56", phone: "+31 40 ### ####"),
        ],
      postalLength: 4, emailDomainSuffix: country == .BE ? "be" : "nl")
  }

  static func english(_ country: Country) -> NameBook {
    NameBook(
      country: country,
      givenNames: [
        "Sarah", "Emma", "Claire", "Rachel", "James", "David", "Michael", "Conor", "Oliver", "Liam",
      ],
      surnames: [
        "Smith", "Jones", "Taylor", "Brown", "Walsh", "Murphy", "Kelly", "Wilson", "Evans", "O'Brien",
      ],
      trades: [
        "logistics": ["Logistics", "Haulage"], "wholesale": ["Wholesale", "Supplies"],
        "construction": ["Construction"],
      ],
      genericTrades: ["Services", "Engineering", "Trading"], regions: ["Northern", "Atlantic", "Midlands"],
      legalForms: country == .IE ? ["Ltd", "Ltd", "DAC"] : ["Ltd", "Ltd", "plc"], tradeAfterName: true,
      streets: ["High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue"],
      cities: country == .IE
        ? [
          City("Dublin", postal: "D0", phone: "+353 1 ### ####"),
          City("Cork", postal: "T1", phone: "+353 21 ### ####"),
          City("Galway", postal: "H9", phone: "+353 91 ### ###"),
        ]
        : [
          City("London", postal: "EC1", phone: "+44 20 #### ####"),
          City("Manchester", postal: "M1", phone: "+44 161 ### ####"),
          City("Leeds", postal: "LS1", phone: "+44 113 ### ####"),
          City("Bristol", postal: "BS1", phone: "+44 117 ### ####"),
        ],
      postalLength: 0, emailDomainSuffix: country == .IE ? "ie" : "co.uk")
  }
}
