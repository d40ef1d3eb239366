/// The business customer behind an account.
public struct Customer: Sendable, Hashable, Codable {
  /// Customer number in the ledger.
  public var number: String
  /// Registered legal name, e.g. `Transportes Garrido Ruiz S.L.`.
  public var legalName: String
  /// ISO 3166 alpha-2 code.
  public var country: Country
  /// `en` or `es`: the language to contact the customer in.
  public var language: String
  /// Business segment.
  public var segment: String
  /// Company size band.
  public var size: CompanySize
  /// VAT id with country prefix and valid check characters where the country has a rule.
  public var vatID: String
  /// IBAN the customer pays from, with valid mod-97 check digits.
  public var iban: String
  /// Registered address.
  public var address: Address
  /// Billing and accounts-payable contacts.
  public var contacts: [Contact]
  /// Credit limit.
  public var creditLimit: Money
  /// Risk class, `A` (best) to `E`.
  public var riskClass: String
}

/// A postal address.
public struct Address: Sendable, Hashable, Codable {
  /// Street and number.
  public var street: String
  /// Postal code in the country's format.
  public var postalCode: String
  /// City.
  public var city: String
  /// ISO country code.
  public var country: Country
}

/// A person at the customer.
public struct Contact: Sendable, Hashable, Codable {
  /// `billing` or `accounts_payable`.
  public var role: String
  /// Full name.
  public var name: String
  /// Work e-mail.
  public var email: String
  /// Phone in international format, e.g. `+34 912 345 678`.
  public var phone: String
}
