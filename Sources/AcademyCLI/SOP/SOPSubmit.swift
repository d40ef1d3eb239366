import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop submit ID [--note TEXT] [--effective DATE]`.
  struct Submit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "submit", abstract: "Send the latest draft for approval.")

    @Argument(help: "SOP id.") var id: String
    @Option(help: "Note for the approvers.") var note: String?
    @Option(help: "Effective date YYYY-MM-DD (default: front matter, else the approval day).") var effective:
      String?
    @Option(help: "The revision you reviewed (default: the latest).") var revision: RevisionNumber?
    @Option(help: "Override the change class: editorial or procedural.") var changeClass: ChangeClass?
    @Option(help: "Why the change class is overridden.") var reason: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
      if changeClass != nil, reason == nil { throw ValidationError("--change-class needs --reason") }
    }

    func run() async throws {
      let database = try store.open()
      let actor = try store.provenActor(in: database, for: "sop submit")
      let request = SubmitRequest(
        seen: revision, note: note, effective: try SubmitRequest.effectiveDay(effective),
        changeClassOverride: changeClass.map { ($0, reason ?? "") })
      let submitted = try database.library.submit(id, request, by: actor)
      print("\(id) \(submitted.number) submitted for approval (\(submitted.changeClass.rawValue))")
    }
  }
}

extension ChangeClass: ExpressibleByArgument {}
