import Testing

@testable import CaseSim

/// The last day to communicate credits: one month from the BOE publication, date to date
/// (TRLC arts. 28 and 255; Civil Code art. 5), the month's last day where the date is missing.
@Suite struct InsolvencyClaimDeadlineTests {
  @Test(arguments: [
    ("2026-03-10", "2026-04-10"),  // DOMAIN.md's example: date to date
    ("2026-03-31", "2026-04-30"),  // no 31 April: the month's last day
    ("2028-01-31", "2028-02-29"),  // leap February
    ("2026-12-15", "2027-01-15"),  // across the year end
    ("2026-03-04", "2026-04-04"),  // concurso-es: not the day after publication plus a month
  ])
  func oneMonthFromThePublicationDateToDate(published: String, lastDay: String) throws {
    #expect(InsolvencyRecord.claimDeadline(published: try date(published)).iso == lastDay)
  }
}
