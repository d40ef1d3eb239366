import CivilCalendar
import Testing

@testable import CaseSim

/// `YYYY-MM-DD` to a date, failing the test on a typo.
func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CivilDate {
  try #require(CivilDate(iso: iso), sourceLocation: sourceLocation)
}

/// `1234.56` to euros, failing the test on a typo.
func eur(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Money {
  try #require(Money(decimal: text), sourceLocation: sourceLocation)
}
