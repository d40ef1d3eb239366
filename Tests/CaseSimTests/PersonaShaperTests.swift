import Testing

@testable import CaseSim

@Suite struct PersonaShaperTests {
  static let portfolio = Result { try ScenarioFixtures.shipped("portfolio") }

  @Test func pastDunningFollowsTheStandardPolicy() throws {
    let generator = AccountGenerator(scenario: try Self.portfolio.get())
    var checked = 0
    for seed in 0..<400 {
      let account = generator.account(seed: UInt64(seed), index: 1)
      for record in account.dunning {
        let invoice = try #require(account.invoices.first { $0.number == record.invoiceNumber })
        let level = try #require(DunningPolicy.standard.level(record.level))
        #expect(record.date == level.dueOn(itemDueDate: invoice.dueDate))
        #expect(record.channel == level.channels.first?.rawValue)
        checked += 1
      }
    }
    #expect(checked > 100)
  }

  @Test func aBrokenPromiseAfterAPartPaymentPromisesOnlyWhatWasOpen() throws {
    let generator = AccountGenerator(scenario: try Self.portfolio.get())
    var afterPayment = 0
    for seed in 0..<3000 {
      let account = generator.account(seed: UInt64(seed), index: 2)
      for promise in account.promises where promise.status == .broken {
        let invoice = try #require(account.invoices.first { $0.number == promise.invoiceNumber })
        let paid = account.payments.filter {
          $0.invoiceNumber == promise.invoiceNumber && $0.date <= promise.made
        }
        .reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        #expect(promise.amount.minorUnits == invoice.gross.minorUnits - paid, "seed \(seed)")
        if paid > 0 { afterPayment += 1 }
      }
    }
    #expect(afterPayment > 0)
  }
}
