import Testing

@testable import CaseSim

@Suite struct EventResolverTests {
  static func event(
    day: Int, _ kind: ScenarioEvent.Kind, invoice: InvoiceSelector? = .oldest, amount: Int64? = nil,
    share: Double? = nil, outcome: ResolverOutcome? = nil, publishedDay: Int? = nil
  ) -> ScenarioEvent {
    ScenarioEvent(
      day: day, kind: kind, invoice: invoice, amount: amount, share: share, reason: .pricing,
      promisedDay: nil,
      publishedDay: publishedDay, outcome: outcome, channel: nil, line: 1)
  }

  /// A generated account with no dispute or payment in its past, and these events.
  static func account(_ events: [ScenarioEvent], seed: UInt64 = 4) throws -> Account {
    var scenario = try ScenarioFixtures.shipped("pricing-dispute")
    scenario.events = events
    return AccountGenerator(scenario: scenario).account(seed: seed, index: 0)
  }

  @Test func aPaymentAfterACreditNotePaysOnlyWhatIsLeft() throws {
    // Listed out of day order on purpose: resolution follows the days.
    let account = try Self.account([
      Self.event(day: 5, .payment), Self.event(day: 2, .creditNote, share: 0.3),
    ])
    #expect(account.disputes.isEmpty && account.payments.isEmpty)
    let open = account.invoices[0].openAmount.minorUnits
    let credit = try #require(account.events[1].amount).minorUnits
    #expect(credit == Int64((Double(open) * 0.3).rounded(.down)))
    #expect(account.events[0].amount?.minorUnits == open - credit)
    #expect(account.events.map(\.day) == [5, 2])
  }

  @Test func fixedAmountsNeverExceedWhatIsOpen() throws {
    let account = try Self.account([
      Self.event(day: 1, .partialPayment, amount: 10_000),
      Self.event(day: 3, .creditNote, amount: 1_000_000_000),
      Self.event(day: 4, .payment),
    ])
    let open = account.invoices[0].openAmount.minorUnits
    #expect(account.events[0].amount?.minorUnits == 10_000)
    #expect(account.events[1].amount?.minorUnits == open - 10_000)
    #expect(account.events[2].amount?.minorUnits == 0)
  }

  @Test func aPartialDecisionCreditsAShareOfTheDisputedAmount() throws {
    let account = try Self.account([
      Self.event(day: 1, .disputeRaised, share: 0.2),
      Self.event(day: 4, .resolverDecision, share: 0.5, outcome: .partial),
      Self.event(day: 6, .payment),
    ])
    let open = account.invoices[0].openAmount.minorUnits
    let disputed = try #require(account.events[0].amount).minorUnits
    #expect(disputed == Int64((Double(open) * 0.2).rounded(.down)))
    let credited = try #require(account.events[1].amount).minorUnits
    #expect(credited == Int64((Double(disputed) * 0.5).rounded(.down)))
    #expect(account.events[2].amount?.minorUnits == open - credited)
  }

  @Test func aCreditDecisionCreditsTheDisputeAndARejectionNothing() throws {
    let account = try Self.account([
      Self.event(day: 1, .disputeRaised, share: 0.25),
      Self.event(day: 2, .resolverDecision, outcome: .credit),
      Self.event(day: 3, .disputeRaised, invoice: .newest, share: 0.5),
      Self.event(day: 4, .resolverDecision, invoice: .newest, outcome: .rejected),
    ])
    #expect(account.events[1].amount == account.events[0].amount)
    #expect(account.events[3].amount == nil)
  }

  @Test func aDeclaredInsolvencyCarriesAdministratorAndClaimDeadline() throws {
    let account = try Self.account([Self.event(day: 3, .insolvencyDeclared, invoice: nil, publishedDay: 2)])
    let event = account.events[0]
    let published = account.asOf.adding(days: 2)
    #expect(event.relatedDate == published)
    #expect(event.claimDeadline == published.adding(months: 1))
    #expect(event.administrator?.contains(" ") == true)
    let bytes = AccountGeneratorTests.bytes(account)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"claim_deadline\":\"\(published.adding(months: 1).iso)\""))
  }

  /// concurso-es: the court order (24 February 2026) comes before the BOE publication
  /// (4 March) and the day the desk learns of it (5 March); the claim runs from the publication.
  @Test func theConcursoCourtOrderComesBeforeItsPublication() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("concurso-es"))
    let account = generator.account(seed: 1, index: 0)
    let event = try #require(account.events.first { $0.kind == .insolvencyDeclared })
    let declared = try #require(event.declaredDate)
    let published = try #require(event.relatedDate)
    #expect(declared.iso == "2026-02-24")
    #expect(published.iso == "2026-03-04")
    #expect(event.date.iso == "2026-03-05")
    #expect(declared < published && published < event.date)
    #expect(event.claimDeadline?.iso == "2026-04-04")
  }

  @Test func anInsolventAccountKeepsItsAdministrator() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("concurso-es"))
    let account = generator.account(seed: 2, index: 0)
    let event = try #require(account.events.first { $0.kind == .insolvencyDeclared })
    if let record = account.insolvency { #expect(event.administrator == record.administrator) }
    #expect(event.claimDeadline != nil)
  }
}
