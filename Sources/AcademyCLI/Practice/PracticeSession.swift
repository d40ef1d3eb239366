import CaseSim
import SOPKit
import TrainingKit

/// The practice loop without the terminal: one line in, text out, so tests drive it directly.
struct PracticeSession {
  struct Reply {
    var text: String
    var finished = false
    /// The score, on the reply that finishes the case.
    var report: ScoreReport?
  }

  let attempt: CaseAttempt
  var simulation: CaseSimulation
  /// The language of the score at the end.
  let feedback: Feedback
  /// Assessed: `sop` does not list the steps that apply until the score.
  let kind: AttemptKind
  private var shown = 0

  init(attempt: CaseAttempt, seed: UInt64, feedback: Feedback = .english, kind: AttemptKind = .guided) {
    self.attempt = attempt
    self.feedback = feedback
    self.kind = kind
    simulation = attempt.start(seed: seed)
  }

  mutating func opening() -> String {
    let scenario = attempt.scenario
    var lines = [
      "\(scenario.title) (\(scenario.id)), governed by \(scenario.sops.joined(separator: ", "))", "",
    ]
    lines += scenario.briefing.split(separator: "\n").map(String.init)
    lines += ["", "Objectives:"] + scenario.objectives.map { "- \($0)" }
    lines += ["", "Type 'help' for the actions."]
    return lines.joined(separator: "\n") + "\n" + newEntries() + prompt()
  }

  mutating func handle(_ raw: String) -> Reply {
    let line = raw.trimmingCharacters(in: .whitespaces)
    switch line {
    case "": return Reply(text: prompt())
    case "help": return Reply(text: Self.help + prompt())
    case "status": return Reply(text: status() + prompt())
    case "history":
      return Reply(text: simulation.entries.map(line(for:)).joined(separator: "\n") + "\n" + prompt())
    case "sop": return Reply(text: applicableSteps() + prompt())
    case "finish", "quit", "exit":
      let report = ProcessScorer(processes: attempt.processes).score(
        simulation.finish(), passMark: attempt.scenario.passMark)
      return Reply(text: report.text(transcript: false, in: feedback), finished: true, report: report)
    default:
      do {
        try simulation.perform(try PracticeCommand.parse(line))
        return Reply(text: newEntries() + prompt())
      } catch {
        return Reply(text: "error: \(error.localizedDescription)\n" + prompt())
      }
    }
  }

  private func prompt() -> String { "[day \(simulation.day) \(simulation.date.iso)] > " }

  private func line(for entry: CaseEntry) -> String { "day \(entry.day) \(entry.speaker): \(entry.text)" }

  private mutating func newEntries() -> String {
    let fresh = simulation.entries[shown...].filter { $0.speaker != "trainee" }.map(line(for:))
    shown = simulation.entries.count
    return fresh.isEmpty ? "" : fresh.joined(separator: "\n") + "\n"
  }

  private func status() -> String {
    let account = simulation.account
    var lines = [
      "\(account.customer.legalName), \(account.customer.country.rawValue), speaks \(account.customer.language)"
    ]
    lines.append(simulation.statusLine())
    for invoice in account.invoices {
      let dpd = invoice.dueDate.days(until: simulation.date)
      lines.append(
        "  \(invoice.number) due \(invoice.dueDate.iso) gross \(invoice.gross) (\(dpd) days past due)")
    }
    lines.append(
      "Contacts: " + account.customer.contacts.map { "\($0.role) \($0.name)" }.joined(separator: ", "))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The steps that apply now (CaseSim's `applicableSteps`), one line each.
  private func applicableSteps() -> String {
    guard kind == .guided else { return feedback("practice.steps_hidden") + "\n\n" }
    let lines = simulation.applicableSteps(attempt.processes).map { step in
      let due = step.forbidden ? "never" : step.dueBy.map { "due by \($0.iso)" } ?? "by the end"
      return "\(step.sopID) \(step.stepID) [\(due)]: \(step.title) (\(step.reference))"
    }
    return (lines.isEmpty ? "No step applies right now." : lines.joined(separator: "\n")) + "\n"
  }

  static let help = """
    Actions (parameters as key=value, lists comma-separated):
      review_account note=...
      call contact=accounts_payable language=es invoices=overdue opening=problems|payment
      email contact=accounts_payable language=es invoices=... template=...
      send_dunning level=1 invoices=overdue language=es channel=email|letter
      stop_dunning invoices=disputed reason=...
      log_dispute invoices=disputed reason_code=pricing amount=disputed note=...
      route_dispute invoices=disputed resolver=sales|logistics|quality|billing|order_admin|cash_application
      escalate to=team_lead|resolver_manager|credit_manager note=...
      record_promise invoices=offered amount=offered promised_date=offered|+N|YYYY-MM-DD
      request_plan_approval instalments=+7:share:0.5,+21:share:0.5 note=...
      propose_payment_plan instalments=...
      allocate_credit amount=credit invoices=... note=...    refund amount=credit note=...
      reconcile note=...   credit_hold note=...   claim_late_interest invoices=... amount=interest_due
      shift_to_legal invoices=... note=...   request_write_off invoices=... amount=open reason=...
      write_off invoices=... amount=open   file_insolvency_claim amount=open note=...
    Clock: wait N | advance_to YYYY-MM-DD | wait_for EVENT
    Selectors: invoices=all|open|overdue|disputed|undisputed|oldest|newest|largest|offered|promised|N
    Other: status, history, sop, help, finish

    """
}
