import CivilCalendar

/// An aging bucket of a receivable by days past due (current, 1-30, 31-60, 61-90, 91-120, 120+).
///
/// Source: `shared/DOMAIN.md` "Aging", the usual AR aging report buckets. The raw values
/// are the labels used in reports. Every boundary day belongs to the lower bucket: 30 days
/// past due is still 1-30, 31 is 31-60.
public enum AgingBucket: String, CaseIterable, Sendable, Codable {
  /// Not yet due, or due today (dpd <= 0).
  case current = "current"
  /// 1 to 30 days past due.
  case days1To30 = "1-30"
  /// 31 to 60 days past due.
  case days31To60 = "31-60"
  /// 61 to 90 days past due.
  case days61To90 = "61-90"
  /// 91 to 120 days past due.
  case days91To120 = "91-120"
  /// More than 120 days past due.
  case over120 = "120+"

  /// The bucket for `daysPastDue` calendar days past due; zero or negative is `current`.
  public init(daysPastDue: Int) {
    switch daysPastDue {
    case ...0: self = .current
    case 1...30: self = .days1To30
    case 31...60: self = .days31To60
    case 61...90: self = .days61To90
    case 91...120: self = .days91To120
    default: self = .over120
    }
  }

  /// The bucket of an item due on `dueDate`, seen on `asOf`.
  public init(dueDate: CivilDate, asOf: CivilDate) {
    self.init(daysPastDue: Aging.daysPastDue(dueDate: dueDate, asOf: asOf))
  }

  /// Inclusive range of days past due the bucket covers (`current` starts at `Int.min`).
  public var daysPastDue: ClosedRange<Int> {
    switch self {
    case .current: return Int.min...0
    case .days1To30: return 1...30
    case .days31To60: return 31...60
    case .days61To90: return 61...90
    case .days91To120: return 91...120
    case .over120: return 121...Int.max
    }
  }
}
