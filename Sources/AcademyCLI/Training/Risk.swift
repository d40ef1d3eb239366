import AcademyServices
import ArgumentParser
import TrainingKit

extension Academy {
  /// `academy risk ...`: risks of delay raised by trainees and answered by managers.
  struct Risk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "risk", abstract: "Raise, list and answer risks of delay.",
      subcommands: [Raise.self, List.self, Answer.self])
  }
}

extension Academy.Risk {
  /// `academy risk raise ITEM --reason TEXT [--commit DATE]` (as the trainee).
  struct Raise: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "raise", abstract: "Raise a risk of delay on one of your plan items.")

    @Argument(help: "Item number (from 'plan status') or item id.") var item: String
    @Option(help: "Why: workload, absence, a scenario you cannot pass, missing access...") var reason: String
    @Option(name: .customLong("commit"), help: "The date you can commit to (YYYY-MM-DD).") var commitOn:
      String?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let trainee = try store.provenActor(in: database, for: "risk raise")
      let risk = try database.plans.raiseRisk(
        item, reason: reason, commitOn: commitOn, by: trainee.userName, actor: trainee.auditName)
      print(
        "risk #\(risk.id ?? 0) raised on item #\(risk.itemID); your team lead answers within 2 working days")
    }
  }

  /// `academy risk list [--all] [--team T]`: the managers' view.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "Risks raised (open ones by default).")

    @Flag(help: "Include answered risks.") var all = false
    @Option(help: "Only this team.") var team: String?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let risks = try store.open().plans.risks(all: all, team: team)
      if risks.isEmpty { print("no \(all ? "" : "open ")risks") }
      for named in risks {
        let risk = named.risk
        let commit = risk.commitOn.map { " (can commit to \($0))" } ?? ""
        let answer = risk.answer.map { " -> answered by \(risk.closedBy ?? "?"): \($0)" } ?? ""
        print(
          "risk #\(risk.id ?? 0) by \(risk.trainee) on \(named.item), \(risk.raisedAt.prefix(10)): "
            + "\(risk.reason)\(commit)\(answer)"
        )
      }
    }
  }

  /// `academy risk answer ID --answer TEXT` (manager).
  struct Answer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "answer", abstract: "Answer a risk with a new date or the help given (manager).")

    @Argument(help: "Risk number.") var id: Int64
    @Option(help: "A new date or the help given.") var answer: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let database = try store.open()
      let risk = try database.plans.answerRisk(
        id, answer: answer, by: try store.provenActor(in: database, for: "risk answer"))
      print("risk #\(risk.id ?? 0) answered")
    }
  }
}
