/// A training plan template from `plans/*.yaml` (see `docs/plan-format.md`): ordered items
/// with due offsets in working days from the start date.
public struct PlanTemplate: Sendable, Hashable, Codable {
  /// Default working days a retraining item is given after its revision takes effect.
  public static let defaultRetrainingDays = 5

  /// Lower-case id, equal to the file name without `.yaml`.
  public var id: String
  /// Title, e.g. "Collections associate, Spanish desk".
  public var title: String
  /// The team an assignment joins unless `plan assign --team` says otherwise.
  public var team: String?
  /// Working days a retraining item is due after the revision's effective date.
  public var retrainingDays: Int
  /// The items in order.
  public var items: [PlanItemSpec]
  /// The title and sign-off texts in other languages, by language code.
  public var translations: [String: PlanText]
  /// The file it came from.
  public var path: String

  /// Creates a template.
  public init(
    id: String, title: String, team: String? = nil, retrainingDays: Int = PlanTemplate.defaultRetrainingDays,
    items: [PlanItemSpec], translations: [String: PlanText] = [:], path: String = ""
  ) {
    self.id = id
    self.title = title
    self.team = team
    self.retrainingDays = retrainingDays
    self.items = items
    self.translations = translations
    self.path = path
  }

  /// The largest due offset: the plan's length in working days.
  public var length: Int { items.map(\.due).max() ?? 0 }

  /// SOP ids the plan acknowledges, in order, without repeats.
  public var acknowledgedSOPs: [String] {
    var seen: Set<String> = []
    return items.compactMap(\.sopID).filter { seen.insert($0).inserted }
  }
}
