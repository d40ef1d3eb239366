import CivilCalendar

/// Where one open item stands in the dunning cycle, as a dunning run sees it.
public struct DunningState: Sendable, Hashable {
  /// Due date of the item.
  public var dueDate: CivilDate
  /// Highest level already sent (0: none).
  public var currentLevel: Int
  /// Date of the last contact with the customer about the item (letter, email or call).
  public var lastContactOn: CivilDate?
  /// Whether a dispute on the item is open.
  public var isDisputed: Bool
  /// Whether the item has been shifted to legal action.
  public var inLitigation: Bool
  /// Date insolvency was declared, if it was.
  public var insolvencyDeclared: CivilDate?
  /// The open promise to pay on the item, if any (kept, broken or withdrawn ones are not open).
  public var openPromise: PaymentPromise?
  /// Tolerance days after the promised date before the promise is evaluated.
  public var promiseToleranceDays: Int

  /// Creates a state; by default nothing has been sent and nothing blocks dunning.
  public init(
    dueDate: CivilDate, currentLevel: Int = 0, lastContactOn: CivilDate? = nil, isDisputed: Bool = false,
    inLitigation: Bool = false, insolvencyDeclared: CivilDate? = nil, openPromise: PaymentPromise? = nil,
    promiseToleranceDays: Int = 0
  ) {
    self.dueDate = dueDate
    self.currentLevel = currentLevel
    self.lastContactOn = lastContactOn
    self.isDisputed = isDisputed
    self.inLitigation = inLitigation
    self.insolvencyDeclared = insolvencyDeclared
    self.openPromise = openPromise
    self.promiseToleranceDays = promiseToleranceDays
  }
}
