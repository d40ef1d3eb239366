import CivilCalendar

/// A risk of delay a trainee raised on one item; open until a manager answers it.
public struct RaisedRisk: Sendable, Hashable, Codable {
  /// Row id.
  public var id: Int64?
  /// The item at risk.
  public var itemID: Int64
  /// The trainee.
  public var trainee: String
  /// Why (workload, absence, a scenario not passed, missing access...).
  public var reason: String
  /// The date the trainee can commit to, if given.
  public var commitOn: CivilDate?
  /// When raised (UTC timestamp).
  public var raisedAt: String
  /// When a manager answered (UTC timestamp).
  public var closedAt: String?
  /// Who answered.
  public var closedBy: String?
  /// The answer: a new date or the help given.
  public var answer: String?

  /// Creates a risk.
  public init(
    id: Int64? = nil, itemID: Int64, trainee: String, reason: String, commitOn: CivilDate?, raisedAt: String
  ) {
    self.id = id
    self.itemID = itemID
    self.trainee = trainee
    self.reason = reason
    self.commitOn = commitOn
    self.raisedAt = raisedAt
  }

  /// Whether no manager has answered yet.
  public var isOpen: Bool { closedAt == nil }

  enum CodingKeys: String, CodingKey {
    case id
    case itemID = "item_id"
    case trainee, reason
    case commitOn = "commit_on"
    case raisedAt = "raised_at"
    case closedAt = "closed_at"
    case closedBy = "closed_by"
    case answer
  }
}
