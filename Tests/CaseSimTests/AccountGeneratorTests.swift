import Testing

@testable import CaseSim

@Suite struct AccountGeneratorTests {
  static func bytes(_ account: Account) -> [UInt8] {
    var buffer: [UInt8] = []
    AccountEncoder(format: .ndjson).append(account, isFirst: true, into: &buffer)
    return buffer
  }

  @Test func sameSeedGivesIdenticalBytes() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("portfolio"))
    for index in 0..<50 {
      #expect(
        Self.bytes(generator.account(seed: 99, index: index))
          == Self.bytes(generator.account(seed: 99, index: index)))
    }
  }

  @Test(arguments: ["portfolio", "concurso-es", "reconciliation-request", "payment-plan-risk"])
  func refillingOneAccountGivesTheFreshAccounts(_ id: String) throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped(id))
    var reused = generator.account(seed: 11, index: 0)
    for index in 1..<300 {
      generator.refill(&reused, seed: 11, index: index)
      let fresh = generator.account(seed: 11, index: index)
      #expect(reused == fresh, "index \(index)")
      if reused != fresh { return }
    }
  }

  /// `case generate` writes streamed accounts, whose text never becomes a `String`: every
  /// format must come out byte for byte as the `Account` would, in every country.
  @Test(arguments: ["portfolio", "concurso-es", "reconciliation-request", "short-shipment-late-resolver"])
  func streamedAccountsEncodeAsTheAccountsDo(_ id: String) throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped(id))
    var streamed = StreamedAccount()
    var countries: Set<Country> = []
    for format in AccountFormat.allCases {
      let encoder = AccountEncoder(format: format)
      var fromAccounts = ByteWriter()
      var fromStreamed = ByteWriter()
      for index in 0..<400 {
        let account = generator.account(seed: 5, index: index)
        countries.insert(account.customer.country)
        encoder.append(account, isFirst: index == 0, into: &fromAccounts)
        generator.refill(&streamed, seed: 5, index: index)
        encoder.append(streamed, isFirst: index == 0, into: &fromStreamed)
      }
      #expect(fromStreamed.bytes == fromAccounts.bytes, "\(format)")
    }
    if id == "portfolio" { #expect(countries.count >= 6, "portfolio covers the desks' countries") }
  }

  @Test func differentSeedsGiveDifferentAccounts() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("broken-promise-es"))
    let first = Self.bytes(generator.account(seed: 1, index: 0))
    #expect(first != Self.bytes(generator.account(seed: 2, index: 0)))
    #expect(first != Self.bytes(generator.account(seed: 1, index: 1)))
  }

  @Test func writesValidJSON() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("forgetful-payer"))
    let object = try JSONSerializationCheck.object(Self.bytes(generator.account(seed: 5, index: 0)))
    #expect(object["scenario"] as? String == "forgetful-payer")
    #expect((object["invoices"] as? [Any])?.count ?? 0 >= 3)
  }

  @Test(arguments: ["portfolio", "forgetful-payer", "broken-promise-es"])
  func invariantsHoldOverThousandsOfSeeds(_ id: String) throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped(id))
    for seed in 0..<(id == "portfolio" ? 3000 : 1000) {
      let account = generator.account(seed: UInt64(seed), index: seed % 7)
      let problems = AccountInvariants.problems(account)
      #expect(problems.isEmpty, "seed \(seed): \(problems)")
      if !problems.isEmpty { return }
    }
  }

  @Test func personasLeaveTheirTraces() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("portfolio"))
    var seen: Set<PersonaType> = []
    for seed in 0..<2000 {
      let account = generator.account(seed: UInt64(seed), index: 0)
      seen.insert(account.persona.type)
      let broken = account.promises.filter { $0.status == .broken }.count
      switch account.persona.type {
      case .serialPromiseBreaker: #expect(broken >= account.persona.brokenPromises)
      case .insolvent:
        let record = try #require(account.insolvency)
        #expect(record.claimDeadline == record.published.adding(months: 1))
        #expect(account.dunning.allSatisfy { $0.date < record.declared })
      case .disputer: #expect(!account.disputes.isEmpty)
      case .overpayer: #expect(!account.unappliedCash.isEmpty)
      case .reconciler:
        #expect(!account.unappliedCash.isEmpty && account.creditNotes.contains { $0.invoiceNumber == nil })
      case .cashFlowTrouble:
        let disputed = Set(account.disputes.map(\.invoiceNumber))
        if account.invoices.contains(where: { $0.dueDate < account.asOf && !disputed.contains($0.number) }) {
          #expect(account.promises.contains { $0.status == .partiallyKept })
        }
      case .reliable, .forgetful: #expect(broken == 0 && account.dunning.allSatisfy { $0.level == 1 })
      case .unresponsive: #expect(broken >= 1)
      }
    }
    #expect(seen == Set(PersonaType.allCases))
  }

  @Test func invoiceNumbersCarryTheirIssueYear() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("portfolio"))
    var earlierYears = 0
    for seed in 0..<300 {
      let account = generator.account(seed: UInt64(seed), index: 0)
      let prefix = account.customer.country == .ES ? "F" : "INV-"
      for (number, issued) in account.invoices.map({ ($0.number, $0.issueDate) })
        + account.history.map({ ($0.number, $0.issueDate) })
      {
        #expect(number.hasPrefix("\(prefix)\(issued.year)-"), "\(number) issued \(issued)")
        if issued.year < account.asOf.year { earlierYears += 1 }
      }
    }
    #expect(earlierYears > 0)
  }

  @Test func usesTheScenarioCustomerProfile() throws {
    let generator = AccountGenerator(scenario: try ScenarioFixtures.shipped("broken-promise-es"))
    let account = generator.account(seed: 3, index: 0)
    #expect(account.customer.country == .ES)
    #expect(account.customer.language == "es")
    #expect(account.customer.contacts.map(\.role) == ["billing", "accounts_payable"])
    #expect(account.customer.contacts.allSatisfy { $0.phone.hasPrefix("+34 9") && $0.phone.count == 15 })
    #expect(
      account.invoices.allSatisfy {
        $0.tax.minorUnits == AccountGenerator.tax(net: $0.net.minorUnits, basisPoints: 2100)
      })
    #expect(account.events.map(\.kind) == [.promiseMade, .promiseBroken, .partialPayment])
    #expect(account.events[0].relatedDate == account.asOf.adding(days: 8))
  }
}
