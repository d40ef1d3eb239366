import CivilCalendar

/// A plan template assigned to one trainee from a start date.
public struct Assignment: Sendable, Hashable, Codable {
  /// Row id.
  public var id: Int64?
  /// The trainee's user name.
  public var trainee: String
  /// The template's id.
  public var templateID: String
  /// The template's title when assigned.
  public var title: String
  /// Team for reports (`--team`, else the template's).
  public var team: String?
  /// First day of the plan.
  public var startOn: CivilDate
  /// The plan's due date.
  public var dueOn: CivilDate
  /// Working days a retraining item gets.
  public var retrainingDays: Int
  /// The manager who assigned it.
  public var assignedBy: String
  /// When (UTC timestamp).
  public var assignedAt: String
  /// The revision (by sequence) of each SOP the plan includes that was in force when it was
  /// assigned: what the plan was built on. Nil for plans assigned before this was recorded.
  public var builtOn: [String: Int]?
  /// The plan's title and sign-off texts in other languages as the template gave them when
  /// assigned, by language code; nil for plans assigned before translations were recorded.
  public var translations: [String: PlanText]?

  /// Creates an assignment.
  public init(
    id: Int64? = nil, trainee: String, templateID: String, title: String, team: String?, startOn: CivilDate,
    dueOn: CivilDate, retrainingDays: Int, assignedBy: String, assignedAt: String,
    builtOn: [String: Int]? = nil, translations: [String: PlanText]? = nil
  ) {
    self.id = id
    self.trainee = trainee
    self.templateID = templateID
    self.title = title
    self.team = team
    self.startOn = startOn
    self.dueOn = dueOn
    self.retrainingDays = retrainingDays
    self.assignedBy = assignedBy
    self.assignedAt = assignedAt
    self.builtOn = builtOn
    self.translations = translations
  }

  /// The UTC day it was assigned.
  public var assignedOn: CivilDate? { CivilDate(dayOf: assignedAt) }

  enum CodingKeys: String, CodingKey {
    case id, trainee
    case templateID = "template_id"
    case title, team
    case startOn = "start_on"
    case dueOn = "due_on"
    case retrainingDays = "retraining_days"
    case assignedBy = "assigned_by"
    case assignedAt = "assigned_at"
    case builtOn = "built_on"
    case translations
  }
}
