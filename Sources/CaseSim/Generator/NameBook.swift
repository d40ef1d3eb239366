/// Names, places and company-name patterns per country, so a generated customer reads like
/// a real business of its country. Plausible, not real: combinations are drawn at random.
/// A final class with constant fields, so handing a book to each account's customer costs
/// one reference count, not one per list.
final class NameBook: Sendable {
  let givenNames: [String]
  let surnames: [String]
  /// Trade words by segment; the generic list is used for segments not listed.
  let trades: [String: [String]]
  let genericTrades: [String]
  let regions: [String]
  /// Legal-form suffixes, e.g. `S.L.`.
  let legalForms: [String]
  /// Whether the trade word follows the family name (`Müller Logistik GmbH`).
  let tradeAfterName: Bool
  let streets: [String]
  /// City and the first digits of its postal codes.
  let cities: [(city: String, postalPrefix: String)]
  let postalLength: Int
  let emailDomainSuffix: String
  /// E-mail slugs of the names above, position for position, worked out once per book.
  let givenSlugs: [String]
  let surnameSlugs: [String]
  let regionSlugs: [String]
  let genericTradeSlugs: [String]
  /// The trade words of a listed segment with their slugs: one hash lookup per account.
  let tradeTable: [String: (names: [String], slugs: [String])]
  /// For each surname position, the first position holding the same name.
  let firstSurnameIndex: [Int]
  /// Every "given surname" pair, given name major: a contact shares one of these strings
  /// instead of building its own.
  let fullNames: [String]
  /// Every "given.surname@" e-mail local part with its `@`, in the same order.
  let mailboxes: [String]

  init(
    givenNames: [String], surnames: [String], trades: [String: [String]], genericTrades: [String],
    regions: [String], legalForms: [String], tradeAfterName: Bool, streets: [String],
    cities: [(city: String, postalPrefix: String)], postalLength: Int, emailDomainSuffix: String
  ) {
    self.givenNames = givenNames
    self.surnames = surnames
    self.trades = trades
    self.genericTrades = genericTrades
    self.regions = regions
    self.legalForms = legalForms
    self.tradeAfterName = tradeAfterName
    self.streets = streets
    self.cities = cities
    self.postalLength = postalLength
    self.emailDomainSuffix = emailDomainSuffix
    let givenSlugs = givenNames.map(CustomerFactory.slug)
    let surnameSlugs = surnames.map(CustomerFactory.slug)
    self.givenSlugs = givenSlugs
    self.surnameSlugs = surnameSlugs
    regionSlugs = regions.map(CustomerFactory.slug)
    genericTradeSlugs = genericTrades.map(CustomerFactory.slug)
    tradeTable = trades.mapValues { ($0, $0.map(CustomerFactory.slug)) }
    firstSurnameIndex = surnames.map { surnames.firstIndex(of: $0) ?? 0 }
    fullNames = givenNames.flatMap { given in surnames.map { GeneratedText.join(given, " ", $0) } }
    mailboxes = givenSlugs.flatMap { given in surnameSlugs.map { GeneratedText.join(given, ".", $0, "@") } }
  }

  /// "given.surname@" for the names at these positions.
  func mailbox(given: Int, surname: Int) -> String {
    mailboxes[given * surnames.count + surname]
  }

  /// "Given Surname" for the names at these positions.
  func fullName(given: Int, surname: Int) -> String {
    fullNames[given * surnames.count + surname]
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
    cities: [
      ("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Zaragoza", "50"),
      ("Málaga", "29"),
      ("Bilbao", "48"), ("Murcia", "30"), ("Valladolid", "47"), ("Alicante", "03"),
    ],
    postalLength: 5, emailDomainSuffix: "es"
  )

  static let portuguese = NameBook(
    givenNames: ["João", "Ana", "Pedro", "Maria", "Rui", "Sofia", "Tiago", "Inês", "Miguel", "Beatriz"],
    surnames: [
      "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gomes",
    ],
    trades: ["logistics": ["Transportes"], "wholesale": ["Distribuição"], "construction": ["Construções"]],
    genericTrades: ["Comércio", "Serviços", "Indústrias"], regions: ["do Norte", "Atlântico", "Lusitana"],
    legalForms: ["Lda.", "Lda.", "S.A."], tradeAfterName: false,
    streets: ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Comércio"],
    cities: [("Lisboa", "1"), ("Porto", "4"), ("Braga", "4"), ("Coimbra", "3")], postalLength: 4,
    emailDomainSuffix: "pt"
  )

  static let french = NameBook(
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
    cities: [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Nantes", "44")],
    postalLength: 5, emailDomainSuffix: "fr"
  )

  static func german(_ country: Country) -> NameBook {
    NameBook(
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
        ? [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Salzburg", "5")]
        : [("Berlin", "1"), ("Hamburg", "2"), ("München", "8"), ("Köln", "5"), ("Frankfurt am Main", "6")],
      postalLength: country == .AT ? 4 : 5, emailDomainSuffix: country == .AT ? "at" : "de")
  }

  static let italian = NameBook(
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
    cities: [("Milano", "201"), ("Roma", "001"), ("Torino", "101"), ("Bologna", "401"), ("Napoli", "801")],
    postalLength: 5, emailDomainSuffix: "it"
  )

  static func dutch(_ country: Country) -> NameBook {
    NameBook(
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
        ? [("Antwerpen", "2"), ("Gent", "9"), ("Brussel", "1"), ("Leuven", "3")]
        : [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Eindhoven", "56")],
      postalLength: 4, emailDomainSuffix: country == .BE ? "be" : "nl")
  }

  static func english(_ country: Country) -> NameBook {
    NameBook(
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
        ? [("Dublin", "D0"), ("Cork", "T1"), ("Galway", "H9")]
        : [("London", "EC1"), ("Manchester", "M1"), ("Leeds", "LS1"), ("Bristol", "BS1")],
      postalLength: 0, emailDomainSuffix: country == .IE ? "ie" : "co.uk")
  }
}
