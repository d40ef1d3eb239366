import ArgumentParser
import Foundation
import Testing

@testable import AcademyCLI

@Suite struct FinanceLateInterestTests {
  func output(_ arguments: [String]) throws -> String {
    let command = try Academy.parseAsRoot(["finance", "late-interest"] + arguments)
    return try #require(command as? Academy.Finance.LateInterest).output()
  }

  func rejection(_ arguments: [String]) -> (message: String, code: Int32)? {
    do {
      _ = try Academy.parseAsRoot(["finance", "late-interest"] + arguments)
      return nil
    } catch {
      return (Academy.message(for: error), Academy.exitCode(for: error).rawValue)
    }
  }

  @Test func printsTheWorkedExample() throws {
    // 10,000.00 x 12.50 % x 46/365 = 157.53; plus EUR 40 = 197.53.
    let text = try output(["--amount", "10000.00", "--due", "2024-01-15", "--paid", "2024-03-01"])
    #expect(
      text == """
        Late-payment interest, ES (Ley 3/2004, art. 7.2 (as amended by Real Decreto-ley 4/2013, in force 24 February 2013, and Ley 11/2013); Directive 2011/7/EU)
        Amount:           EUR 10000.00
        Due date:         2024-01-15
        Paid on:          2024-03-01
        Days late:        46

        Period                    Days     Rate    Interest
        2024-01-16 to 2024-03-01    46   12.50%      157.53

        Interest:         EUR 157.53
        Compensation:     EUR 40.00 (fixed, per late invoice)
        Total claimable:  EUR 197.53

        """)
  }

  @Test func splitsHalfYearsAndExcludesTheDisputedPart() throws {
    // On 7,500.00: 11 days at 12.00 % = 27.1233 -> 27.12; 10 days at 12.50 % = 25.6849 -> 25.68.
    let text = try output([
      "--amount", "10000", "--due", "2023-12-20", "--paid", "2024-01-10", "--disputed-amount", "2500.00",
    ])
    #expect(
      text == """
        Late-payment interest, ES (Ley 3/2004, art. 7.2 (as amended by Real Decreto-ley 4/2013, in force 24 February 2013, and Ley 11/2013); Directive 2011/7/EU)
        Amount:           EUR 10000.00
        Disputed:         EUR 2500.00 (excluded)
        Interest on:      EUR 7500.00
        Due date:         2023-12-20
        Paid on:          2024-01-10
        Days late:        21

        Period                    Days     Rate    Interest
        2023-12-21 to 2023-12-31    11   12.00%       27.12
        2024-01-01 to 2024-01-10    10   12.50%       25.68

        Interest:         EUR 52.80
        Compensation:     EUR 40.00 (fixed, per late invoice)
        Total claimable:  EUR 92.80
        Note: EUR 2500.00 under dispute excluded: interest on EUR 7500.00 only

        """)
  }

  @Test func wholeDisputeShowsNoPeriodsAndNoCompensation() throws {
    let text = try output([
      "--amount", "50.00", "--due", "2024-01-15", "--paid", "2024-03-01", "--disputed-amount", "50.00",
    ])
    #expect(
      text.contains("Interest:         EUR 0.00\nCompensation:     EUR 0.00\nTotal claimable:  EUR 0.00\n"))
    #expect(!text.contains("Period"))
  }

  @Test(arguments: [
    ("2024-01-10", "Paid 2024-01-10, 5 days before the due date 2024-01-15: nothing is due"),
    ("2024-01-15", "Paid 2024-01-15, on the due date 2024-01-15: nothing is due"),
  ])
  func paymentOnTimeSaysNothingIsDue(paid: String, expected: String) throws {
    let text = try output(["--amount", "10000.00", "--due", "2024-01-15", "--paid", paid])
    #expect(text == expected + " (no late-payment interest, no fixed compensation).\n")
  }

  @Test func printsJSON() throws {
    let text = try output([
      "--amount", "100", "--due", "2024-01-15", "--paid", "2024-01-16", "--format", "json",
    ])
    // 100 x 12.50 % x 1/365 = 0.0342 -> 0.03.
    #expect(text.hasPrefix("{\n  \"amount\" : \"100.00\",\n  \"compensation\" : \"40.00\",\n"))
    #expect(text.contains("\"total\" : \"40.03\"\n}\n"))
  }

  @Test func readsAnUpdatedRatesFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("finance-rates-\(UUID()).yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    try """
    countries:
      ES:
        law: Ley 3/2004
        source: BOE
        currency: EUR
        margin: 8.00
        compensation: 40.00
        rates:
          2026-H2: {reference: 2.00}
    """.write(to: file, atomically: true, encoding: .utf8)
    // 1,000.00 x 10.00 % x 10/365 = 2.7397 -> 2.74.
    let text = try output([
      "--amount", "1000", "--due", "2026-07-01", "--paid", "2026-07-11", "--rates", file.path,
    ])
    #expect(text.contains("2026-07-02 to 2026-07-11    10   10.00%        2.74\n"))
  }

  @Test func aMissingHalfYearOrFileIsADomainError() {
    #expect(throws: (any Error).self) {
      try output(["--amount", "10", "--due", "2026-06-20", "--paid", "2026-07-10"])
    }
    do {
      _ = try output([
        "--amount", "10", "--due", "2024-01-15", "--paid", "2024-02-10", "--rates", "/no/such.yaml",
      ])
      Issue.record("expected an error")
    } catch {
      #expect(
        error.localizedDescription == "/no/such.yaml: cannot be read as UTF-8 text; check the --rates path")
    }
  }

  @Test(arguments: [
    (
      ["--amount", "ten"],
      "--amount must be a positive amount with at most two decimals, like 10000.00 (got 'ten')"
    ),
    (
      ["--amount", "0"],
      "--amount must be a positive amount with at most two decimals, like 10000.00 (got '0')"
    ),
    (
      ["--amount", "1.234"],
      "--amount must be a positive amount with at most two decimals, like 10000.00 (got '1.234')"
    ),
    (["--due", "2024-02-30"], "--due must be a date like 2024-01-15 (got '2024-02-30')"),
    (["--paid", "1/3/2024"], "--paid must be a date like 2024-03-01 (got '1/3/2024')"),
    (
      ["--disputed-amount", "20000"],
      "--disputed-amount must be an amount from 0.00 up to the --amount 10000.00 (got '20000')"
    ),
    (["--country", "spain"], "--country must be a two-letter country code like ES (got 'spain')"),
  ])
  func rejectsBadArgumentsNamingTheFlag(override: [String], message: String) throws {
    var arguments = ["--amount", "10000.00", "--due", "2024-01-15", "--paid", "2024-03-01"]
    if let index = arguments.firstIndex(of: override[0]) {
      arguments[index + 1] = override[1]
    } else {
      arguments += override
    }
    let rejected = try #require(rejection(arguments))
    #expect(rejected.message == message)
    #expect(rejected.code == ExitCode.validationFailure.rawValue)
  }

  @Test func appliesAPartPaymentAsCOL010Says() throws {
    // COL-010's example: 30 d on 8,470.00 at 11.15 % = 77.62; 30 d on 4,470.00 = 40.96; EUR 40 once.
    let text = try output([
      "--amount", "8470.00", "--due", "2025-03-10", "--paid", "2025-05-09", "--payment", "2025-04-09:4000.00",
    ])
    #expect(
      text.hasSuffix(
        """
        Period                     Principal  Days     Rate    Interest
        2025-03-11 to 2025-04-09     8470.00    30   11.15%       77.62
        2025-04-10 to 2025-05-09     4470.00    30   11.15%       40.96

        Part payment                  Amount  To interest  To principal  Principal left
        2025-04-09                   4000.00         0.00       4000.00         4470.00

        Interest:         EUR 118.58
        Compensation:     EUR 40.00 (fixed, per late invoice)
        Total claimable:  EUR 158.58

        """))
  }

  @Test func interestFirstShowsWhatThePaymentCovered() throws {
    let text = try output([
      "--amount", "10000.00", "--due", "2024-01-15", "--paid", "2024-03-01", "--payment",
      "2024-02-01:5000.00",
      "--application", "interest-first",
    ])
    #expect(text.contains("2024-02-01                   5000.00        58.22       4941.78         5058.22"))
    #expect(
      text.contains("Interest accrued: EUR 108.46\nInterest paid:    EUR 58.22\nInterest due:     EUR 50.24"))
    #expect(text.contains("Total claimable:  EUR 90.24"))
  }

  @Test func aContractRateNeedsNoStatutoryRate() throws {
    // 2026-H2's statutory rate is not confirmed; the agreed 9.50 % is: 2 x 39.04 + 40 = 118.08.
    let json = try output([
      "--amount", "10000.00", "--due", "2026-06-15", "--paid", "2026-07-15", "--contract-rate", "9.50",
      "--format", "json",
    ])
    #expect(json.contains(#""contractRatePercent" : 9.5"#) || json.contains(#""contractRatePercent":9.5"#))
    #expect(json.contains(#""total" : "118.08""#) || json.contains(#""total":"118.08""#))
  }

  @Test(arguments: [
    (
      ["--payment", "2024-02-01"],
      "--payment must be DATE:AMOUNT with a positive amount, like 2024-02-01:2500.00 (got '2024-02-01')"
    ),
    (
      ["--contract-rate", "101"],
      "--contract-rate must be a percentage with at most two decimals from 0 to 100, like 9.50 (got '101')"
    ),
    (
      ["--amount", "92233720368547758.08"],
      "--amount is too large: at most 999999999.99 (got '92233720368547758.08')"
    ),
  ])
  func rejectsBadPaymentsAndRates(extra: [String], message: String) throws {
    var arguments = ["--amount", "10000.00", "--due", "2024-01-15", "--paid", "2024-03-01"]
    if extra[0] == "--amount" { arguments[1] = extra[1] } else { arguments += extra }
    let rejected = try #require(rejection(arguments))
    #expect(rejected.message == message)
    #expect(rejected.code == ExitCode.validationFailure.rawValue)
  }

  @Test func isRegisteredUnderFinance() {
    #expect(Academy.Finance.configuration.subcommands.contains { $0 == Academy.Finance.LateInterest.self })
  }
}
