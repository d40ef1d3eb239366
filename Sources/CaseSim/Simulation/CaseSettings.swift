import SOPKit

/// The settings a running case takes from its governing processes and from the desk's
/// standing arrangements (how long Risk and the approvers take to answer).
public struct CaseSettings: Sendable, Hashable {
  /// Days after a promised date before a promise counts as broken.
  public var promiseToleranceDays: Int
  /// Age at which the transcript flags an open dispute as overdue (the scorer applies each
  /// SOP's own value); nil: never.
  public var escalateDisputesAfterDays: Int?
  /// Days Risk takes to approve a requested plan.
  public var planApprovalDays: ClosedRange<Int>
  /// Days the approvers take to approve a write-off.
  public var writeOffApprovalDays: ClosedRange<Int>
  /// Days a resolver takes to decide a routed dispute the scenario does not script.
  public var resolverDays: ClosedRange<Int>
  /// Days a dunning letter gives the customer to pay (the final notice's window).
  public var dunningWindowDays: Int

  /// Creates settings; defaults follow `docs/sop-format.md` and DOMAIN.md's dunning ladder.
  public init(
    promiseToleranceDays: Int = 2, escalateDisputesAfterDays: Int? = nil,
    planApprovalDays: ClosedRange<Int> = 1...3,
    writeOffApprovalDays: ClosedRange<Int> = 2...4, resolverDays: ClosedRange<Int> = 4...9,
    dunningWindowDays: Int = 8
  ) {
    self.promiseToleranceDays = promiseToleranceDays
    self.escalateDisputesAfterDays = escalateDisputesAfterDays
    self.planApprovalDays = planApprovalDays
    self.writeOffApprovalDays = writeOffApprovalDays
    self.resolverDays = resolverDays
    self.dunningWindowDays = dunningWindowDays
  }

  /// Settings from the governing processes: the strictest tolerance and escalation age.
  public init(processes: [ProcessSpec]) {
    self.init()
    if let tolerance = processes.map(\.settings.promiseToleranceDays).min() {
      promiseToleranceDays = tolerance
    }
    escalateDisputesAfterDays = processes.compactMap(\.settings.escalateDisputesAfterDays).min()
  }
}
