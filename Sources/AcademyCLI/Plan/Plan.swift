import ArgumentParser

extension Academy {
  /// `academy plan ...`: training plan templates and assignments.
  struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "plan", abstract: "Assign training plans and follow them.",
      subcommands: [
        PlanAssign.self, PlanStatus.self, PlanSignOff.self, PlanRetrain.self, PlanLint.self, PlanList.self,
      ])
  }
}
