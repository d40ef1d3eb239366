import AcademyServices
import CaseSim
import CivilCalendar
import SOPKit
import TrainingKit

/// The workbench's picture of a live case for the template: the customer, today, invoices
/// with aging, open matters, history, the transcript and the steps that apply now.
struct WorkbenchView {
  let live: PracticeCase
  let text: PracticeText

  var data: [String: Any] {
    let simulation = live.simulation
    let scenario = live.attempt.scenario
    let snapshot = simulation.snapshot
    var data = text.words(of: scenario).merging([
      "case_id": live.id, "scenario_id": scenario.id, "seed": String(live.seed),
      "today": simulation.date.iso,
      "day": text.format("prac_day_of", String(simulation.day), String(simulation.lastDay)),
      "at_end": simulation.isAtEnd, "status_line": simulation.statusLine(in: text.language.rawValue),
      "next_day": simulation.date.adding(days: 1).iso,
      "governing": live.attempt.processes.map {
        ["sop": $0.sopID, "revision": $0.revision, "title": $0.title, "href": "/sops/\($0.sopID)"]
      },
      "customer": customer(simulation.account.customer),
      "invoices": invoices(snapshot, today: simulation.date),
      "credit": text.money(snapshot.credit), "has_credit": snapshot.credit.minorUnits > 0,
      "assessed": live.kind == .assessed,
      "steps": live.kind == .assessed ? [] : steps(simulation),
      "transcript": transcript(simulation),
    ]) { _, new in new }
    let account = simulation.account
    let disputes = snapshot.disputes.map { dispute -> [String: Any] in
      [
        "invoice": dispute.invoice, "reason": text.feedback.reason(dispute.reason.rawValue),
        "amount": text.money(dispute.amount),
        "raised": dispute.raisedOn.iso, "logged": dispute.loggedOn?.iso ?? "—",
        "routed": dispute.routedOn.map { "\($0.iso) → \(text.feedback.value(dispute.resolver ?? ""))" }
          ?? "—",
        "resolved": dispute.resolvedOn?.iso ?? text("prac_open"),
      ]
    }
    let promises = snapshot.promises.map { promise -> [String: Any] in
      [
        "invoices": promise.invoices.joined(separator: ", "), "amount": text.money(promise.amount),
        "made": promise.madeOn.iso, "promised": promise.promisedOn.iso, "paid": text.money(promise.paid),
        "status": text("prac_promise_\(promise.status.rawValue)"),
      ]
    }
    var payments = account.payments.map {
      [
        "date": $0.date.iso, "invoice": $0.invoiceNumber, "amount": text.money($0.amount),
        "reference": $0.reference,
      ]
    }
    payments += snapshot.receipts.map {
      [
        "date": $0.date.iso, "invoice": $0.invoice ?? text("prac_unapplied"), "amount": text.money($0.amount),
        "reference": text("prac_during_case"),
      ]
    }
    let credits =
      account.creditNotes.map {
        [
          "kind": text("prac_credit_note"), "reference": $0.number, "date": $0.date.iso,
          "amount": text.money($0.amount), "detail": $0.invoiceNumber ?? text("prac_unallocated"),
        ]
      }
      + account.unappliedCash.map {
        [
          "kind": text("prac_unapplied_cash"), "reference": $0.reference, "date": $0.date.iso,
          "amount": text.money($0.amount), "detail": $0.remittance,
        ]
      }
    var dunning = account.dunning.map {
      [
        "date": $0.date.iso, "level": String($0.level), "invoices": $0.invoiceNumber,
        "channel": text.feedback.value($0.channel),
      ]
    }
    dunning += snapshot.letters.map {
      [
        "date": $0.date.iso, "level": String($0.level), "invoices": $0.invoices.joined(separator: ", "),
        "channel": text("prac_during_case"),
      ]
    }
    data["disputes"] = disputes
    data["has_disputes"] = !disputes.isEmpty
    data["promises"] = promises
    data["has_promises"] = !promises.isEmpty
    data["payments"] = payments
    data["has_payments"] = !payments.isEmpty
    data["credits"] = credits
    data["has_credits"] = !credits.isEmpty
    data["dunning"] = dunning
    data["has_dunning"] = !dunning.isEmpty
    if let insolvency = account.insolvency {
      data["insolvency"] = text.format(
        "prac_insolvency", insolvency.declared.iso, insolvency.administrator, insolvency.claimDeadline.iso)
    }
    return data
  }

  private func customer(_ customer: Customer) -> [String: Any] {
    [
      "name": customer.legalName, "number": customer.number, "country": customer.country.rawValue,
      "language": text.feedback.languageName(customer.language), "segment": customer.segment,
      "vat": customer.vatID,
      "credit_limit": text.money(customer.creditLimit), "risk_class": customer.riskClass,
      "contacts": customer.contacts.map {
        ["role": text.feedback.value($0.role), "name": $0.name, "email": $0.email, "phone": $0.phone]
      },
    ]
  }

  private func invoices(_ snapshot: CaseSnapshot, today: CivilDate) -> [[String: Any]] {
    snapshot.items.map { item in
      let late = Aging.daysPastDue(dueDate: item.dueDate, asOf: today)
      var flags: [String] = []
      if item.disputed { flags.append(text("prac_flag_disputed")) }
      if item.dunningStopped { flags.append(text("prac_flag_dunning_stopped")) }
      if item.withLegal { flags.append(text("prac_flag_legal")) }
      if let settled = item.settledOn { flags.append(text.format("prac_flag_paid", settled.iso)) }
      let open = item.open.minorUnits > 0
      return [
        "number": item.number, "due": item.dueDate.iso, "gross": text.money(item.gross),
        "open": text.money(item.open), "dpd": open ? String(late) : "—",
        "bucket": open ? AgingBucket(daysPastDue: late).rawValue : "—",
        "overdue": open && late > 0, "flags": flags.joined(separator: ", "),
      ]
    }
  }

  private func steps(_ simulation: CaseSimulation) -> [[String: Any]] {
    // Judging the log so far tells which steps are done already; a deadline still ahead
    // reads as missed to the scorer, so only "done" verdicts are shown here.
    let soFar = ProcessScorer(processes: live.attempt.processes).score(
      simulation.recordSoFar, passMark: live.attempt.scenario.passMark)
    var doneOn: [String: Int] = [:]
    var brokenOn: [String: Int] = [:]
    for result in soFar.results {
      guard let day = result.day else { continue }
      let key = "\(result.sopID) \(result.stepID)"
      switch result.status {
      case .done, .late, .outOfOrder: doneOn[key] = day
      case .forbidden: brokenOn[key] = day
      case .missed, .notApplicable: break
      }
    }
    return simulation.applicableSteps(live.attempt.processes).map { step in
      let when: String
      var badge = ""
      if step.forbidden {
        badge = "bad"
        when =
          brokenOn["\(step.sopID) \(step.stepID)"].map { text.format("prac_step_broken", String($0)) }
          ?? text("prac_step_never")
      } else if let day = doneOn["\(step.sopID) \(step.stepID)"] {
        when = text.format("prac_step_done", String(day))
        badge = "good"
      } else if let due = step.dueBy {
        when = text.format(due < simulation.date ? "prac_step_was_due" : "prac_step_due", due.iso)
      } else {
        when = text("prac_step_by_end")
      }
      // The step as the trainee's language words it, from the SOP's translation when one is
      // in force (marked with that language), else as the SOP words it.
      let process = live.attempt.processes.first { $0.sopID == step.sopID }
      let translation = process?.translation(text.language.rawValue)
      let translated = translation?.steps[step.stepID]
      return [
        "sop": translation?.sopID ?? step.sopID,
        "title": translated?.title ?? step.title,
        "lang": translated != nil ? text.language.rawValue : "", "when": when,
        "badge": badge, "forbidden": step.forbidden,
        "href": translated.map { "/sops/\(translation?.sopID ?? step.sopID)#\($0.section)" }
          ?? "/sops/\(step.sopID)#\(step.section)",
      ]
    }
  }

  /// The transcript from the trainee's last line on (what their last command brought), at
  /// most the last eight lines, shown beside the form they used.
  var sinceLastAction: [[String: Any]] {
    let lines = transcript(live.simulation)
    let start = lines.lastIndex { $0["speaker_class"] as? String == "trainee" } ?? lines.endIndex
    return Array(lines[start...].suffix(8))
  }

  private func transcript(_ simulation: CaseSimulation) -> [[String: Any]] { text.transcript(simulation) }
}
