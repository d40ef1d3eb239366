import Foundation
import HTTPTypes
import HummingbirdTesting
import SOPKit
import TestSupport
import Testing

@testable import AcademyWeb

/// The case workbench end to end: start, act through the forms, move the clock, finish, the
/// score with findings linked to SOP sections, the attempt recorded and listed, and the case
/// closed to everyone but its trainee.
@Suite struct PracticeCaseTests {
  /// Date arithmetic on `YYYY-MM-DD` without the simulator's calendar type.
  enum CivilDateText {
    static func adding(_ days: Int, to iso: String) -> String? {
      let formatter = DateFormatter()
      formatter.dateFormat = "yyyy-MM-dd"
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.locale = Locale(identifier: "en_US_POSIX")
      guard let date = formatter.date(from: iso) else { return nil }
      return formatter.string(from: date.addingTimeInterval(Double(days) * 86400))
    }
  }

  /// The expert attempt shipped for forgetful-payer, as form posts.
  static func expertForms() throws -> [(path: String, fields: [(String, String)])] {
    let url = URL(
      fileURLWithPath: "\(WebHarness.repositoryRoot)/scenarios/actions/forgetful-payer.expert.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let actions = try #require(root["actions"] as? [[String: Any]])
    return actions.map { entry in
      if let days = entry["wait"] { return ("clock", [("kind", "wait"), ("days", "\(days)")]) }
      var fields: [(String, String)] = []
      for (key, value) in entry.sorted(by: { $0.key < $1.key }) {
        if let list = value as? [String] {
          fields += list.map { (key, $0) }
        } else {
          fields.append((key, "\(value)"))
        }
      }
      return ("act", fields)
    }
  }

  /// The case's date on the workbench ("Today in the case: 2026-03-02").
  static func today(in html: String) -> String? {
    guard let range = html.range(of: "Today in the case: ") else { return nil }
    return String(html[range.upperBound...].prefix(10))
  }

  static func start(_ browser: inout TestBrowser, scenario: String, seed: String) async throws -> String {
    _ = try await browser.get("/cases")
    let started = try await browser.post("/cases", ["scenario": scenario, "seed": seed])
    #expect(started.status == .seeOther)
    let location = try #require(started.headers[.location])
    #expect(location.hasPrefix("/cases/"))
    return location
  }

  @Test func anExpertWorksACaseThroughTheFormsToAPass() async throws {
    let harness = try await WebHarness.make()
    // pass-forgetful-payer waits for these two: acknowledged, the attempt can pass it.
    try harness.acknowledge(["COL-002", "COL-003"], as: "tom.baker")
    let forms = try Self.expertForms()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let catalogue = try await browser.get("/cases")
      #expect(catalogue.status == .ok)
      #expect(catalogue.text.contains("A forgetful but willing payer with overdue invoices"))
      #expect(catalogue.text.contains("pass-forgetful-payer: minimum 75"))
      #expect(catalogue.text.contains("<a href=\"/sops/COL-002\">COL-002</a>"))

      let casePath = try await Self.start(&browser, scenario: "forgetful-payer", seed: "1")
      let bench = try await browser.get(casePath)
      #expect(bench.status == .ok)
      let html = bench.text
      #expect(html.contains("Case forgetful-payer started with seed 1."))
      // forgetful-payer is a pass item of Tom's plan: the attempt is assessed, the steps hidden.
      #expect(html.contains("<h2 id=\"steps-heading\">Steps that apply now</h2>"))
      #expect(html.contains("Assessed attempt: the steps stay hidden until the score"))
      #expect(!html.contains("Review the account before contacting the customer</span></a>"))
      #expect(html.contains("day 0 of "))
      #expect(html.contains("Aging bucket"))
      for action in ProcessAction.allCases {
        #expect(html.contains("<input type=\"hidden\" name=\"action\" value=\"\(action.rawValue)\">"))
      }
      #expect(html.contains("name=\"kind\" value=\"wait_for\""))

      for form in forms {
        let response = try await browser.postRaw(
          "\(casePath)/\(form.path)", [("_csrf", browser.csrf ?? "")] + form.fields)
        #expect(response.status == .seeOther, "\(form.fields)")
      }
      let worked = try await browser.get(casePath)
      #expect(!worked.text.contains("Review the account before contacting the customer</span></a>"))
      // The trainee's own lines are sentences with the fields named, never the action's code.
      #expect(worked.text.contains("<strong>You:</strong> Recorded a promise to pay (Amount: "))
      #expect(worked.text.contains("<strong>You:</strong> Reviewed the account (Note: "))
      #expect(!worked.text.contains("You: record_promise"))
      #expect(!worked.text.contains("invoices="))
      #expect(worked.text.contains("day 21 of "))

      let refused = try await browser.post(
        "\(casePath)/act", ["action": "call", "invoices": "INV-NOT-THERE"])
      #expect(refused.status == .badRequest)
      #expect(refused.text.contains("Invoices: “INV-NOT-THERE” is not an invoice of this account."))
      #expect(refused.text.contains("day 21 of "))
      let badClock = try await browser.post("\(casePath)/clock", ["kind": "wait", "days": "soon"])
      #expect(badClock.status == .badRequest)
      #expect(worked.text.contains("day 21 of 21"))
      #expect(worked.text.contains("last day of the case"))

      let finished = try await browser.post("\(casePath)/finish", [:])
      #expect(finished.status == .seeOther)
      #expect(finished.headers[.location] == "\(casePath)/score")
      let score = try await browser.get("\(casePath)/score")
      #expect(score.status == .ok)
      #expect(score.text.contains("<span class=\"big\">100</span>/100 · pass mark 75"))
      #expect(score.text.contains("No findings: every step was done as the SOPs ask."))
      #expect(score.text.contains("Case scored and recorded in your plan."))

      let again = try await browser.post("\(casePath)/finish", [:])
      #expect(again.status == .seeOther)
      let attempts = try harness.app.database.training.attempts(trainee: "tom.baker")
      #expect(attempts.count == 1)
      #expect(attempts.first?.score == 100)
      #expect(attempts.first?.passed == true)
      #expect(attempts.first?.kind == .assessed)
      #expect(attempts.first?.sopRevisions == ["COL-002": "1.0", "COL-003": "1.0"])
      #expect(try await browser.get(casePath).headers[.location] == "\(casePath)/score")
      let late = try await browser.post("\(casePath)/act", ["action": "review_account"])
      #expect(late.status == .seeOther)

      let listed = try await browser.get("/cases")
      #expect(listed.text.contains("<td class=\"num\"><a href=\"\(casePath)/score\">100</a></td>"))
      #expect(listed.text.contains("COL-002 1.0, COL-003 1.0"))
      let plan = try await browser.get("/me/plan")
      #expect(plan.text.contains("best score 100 in 1 attempts"))
      #expect(plan.text.contains(", assessed</span>"))
    }
  }

  @Test func aCaseOutsideThePlanIsGuidedShowsItsStepsAndDoesNotCount() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let casePath = try await Self.start(&browser, scenario: "dunning-unresponsive", seed: "1")
      let bench = try await browser.get(casePath)
      #expect(!bench.text.contains("data-assessed"))
      // Each step by its title, linked to its section, with its SOP; never its id.
      #expect(
        bench.text.contains(
          "Review the account and the proposed run before releasing any letter</span></a> <span class=\"muted\">COL-003</span>"
        ))
      #expect(!bench.text.contains("review-before-run</a>"))
      _ = try await browser.post("\(casePath)/finish", [:])
      let score = try await browser.get("\(casePath)/score")
      #expect(score.text.contains(" · Guided · "))
      let attempts = try harness.app.database.training.attempts(trainee: "tom.baker")
      #expect(attempts.map(\.kind) == [.guided])
      let listed = try await browser.get("/cases")
      #expect(listed.text.contains("<td>Guided</td>"))
    }
  }

  /// After an action or a clock move the trainee is back at the form they used, open, with
  /// what followed it beside it, not at the transcript above the forms.
  @Test func anActionReturnsToItsFormWithWhatFollowed() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let casePath = try await Self.start(&browser, scenario: "dunning-unresponsive", seed: "1")
      let acted = try await browser.post("\(casePath)/act", ["action": "review_account"])
      #expect(acted.headers[.location] == "\(casePath)?after=review_account#act-review_account")
      let back = try await browser.get("\(casePath)?after=review_account")
      #expect(back.text.contains("<details class=\"action\" id=\"act-review_account\" open>"))
      #expect(
        back.text.contains(
          "role=\"status\" aria-label=\"What followed your last step\"><ol class=\"transcript latest\"><li class=\"speaker-trainee"
        ))
      #expect(!back.text.contains("id=\"act-call\" open"))
      let waited = try await browser.post("\(casePath)/clock", ["kind": "wait", "days": "1"])
      #expect(waited.headers[.location] == "\(casePath)?after=clock#clock-heading")
      let plain = try await browser.get(casePath)
      #expect(!plain.text.contains("role=\"status\" aria-label=\"What followed"))
    }
  }

  @Test func aCaseStartedAsAssessedHidesItsStepsAndIsRecordedAssessed() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let form = try await browser.get("/cases")
      #expect(form.text.contains("name=\"assessed\" value=\"1\""))
      let started = try await browser.post(
        "/cases", ["scenario": "dunning-unresponsive", "seed": "1", "assessed": "1"])
      #expect(started.status == .seeOther)
      let casePath = try #require(started.headers[.location])
      let bench = try await browser.get(casePath)
      #expect(bench.text.contains("data-assessed"))
      #expect(!bench.text.contains("COL-003 review-before-run</a>"))
      _ = try await browser.post("\(casePath)/finish", [:])
      let score = try await browser.get("\(casePath)/score")
      #expect(score.text.contains(" · Assessed · "))
      let attempts = try harness.app.database.training.attempts(trainee: "tom.baker")
      #expect(attempts.map(\.kind) == [.assessed])
    }
  }

  @Test func aSpanishDeskTraineeReadsTheScoreInSpanishLinkedToTheTranslation() async throws {
    let harness = try await WebHarness.make()
    // pass-disputa-calidad-es waits for these two: acknowledged, the attempt is assessed.
    try harness.acknowledge(["COL-004-ES", "COL-002-ES"], as: "lucia.fernandez")
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("lucia.fernandez", client)
      _ = try await browser.post("/language", ["lang": "es", "back": "/cases"])
      let casePath = try await Self.start(&browser, scenario: "disputa-calidad-es", seed: "1")
      let bench = try await browser.get(casePath)
      #expect(bench.text.contains("Intento evaluado: los pasos no se muestran hasta la puntuación"))
      // Amounts as Spanish writes them on the account panel and in the system's lines, never
      // `EUR 12250.92`; the system speaks Spanish.
      #expect(bench.text.contains(/<td class="num">\d{1,3}(\.\d{3})*,\d\d €<\/td>/))
      #expect(!bench.text.contains(/EUR \d/))
      #expect(bench.text.contains("<strong>Sistema:</strong> Inicio del caso</li>"))
      #expect(
        bench.text.contains("<strong>Sistema:</strong> Caso abierto el 10/03/2026: Metalúrgica Garrido S.L."))
      #expect(!bench.text.contains("Case start"))
      // A value the simulator cannot use is refused in Spanish, naming the field.
      let refused = try await browser.post(
        "\(casePath)/act", ["action": "record_promise", "invoices": "oldest", "amount": "mil euros"])
      #expect(refused.status == .badRequest)
      #expect(refused.text.contains("Importe: «mil euros» no es un importe."))
      #expect(!refused.text.contains("not a decimal amount"))
      // The trainee's own action reads as a Spanish sentence, its values by their names.
      _ = try await browser.post(
        "\(casePath)/act", ["action": "call", "contact": "accounts_payable", "opening": "problems"])
      let called = try await browser.get(casePath)
      #expect(
        called.text.contains(
          "<strong>Usted:</strong> Llamó al cliente (Contacto: cuentas a pagar; Cómo empezar: preguntar primero si hay problemas"
        ))
      #expect(!called.text.contains("contact=accounts_payable"))
      #expect(called.text.contains("<span class=\"when\">día 0 · 10/03/2026</span>"))
      // The forms name selectors and events in Spanish, never as codes in brackets.
      #expect(!called.text.contains("(overdue)"))
      #expect(!called.text.contains(">dispute_raised<"))
      let badPlan = try await browser.post(
        "\(casePath)/act",
        ["action": "propose_payment_plan", "invoices": "overdue", "instalments": "next month"])
      #expect(badPlan.status == .badRequest)
      #expect(badPlan.text.contains("Plazos: escriba cada plazo como FECHA:IMPORTE"))
      let badDay = try await browser.post("\(casePath)/clock", ["kind": "advance_to", "date": "mañana"])
      #expect(badDay.status == .badRequest)
      #expect(badDay.text.contains("«mañana» no es una fecha a la que avanzar."))
      #expect(
        try await browser.post("\(casePath)/clock", ["kind": "wait", "days": "30"]).status == .seeOther)
      _ = try await browser.post("\(casePath)/finish", [:])
      let score = try await browser.get("\(casePath)/score")
      #expect(score.status == .ok)
      let html = score.text
      #expect(html.contains(" · Evaluado · "))
      #expect(html.contains("<td>No lo hiciste dentro del plazo, que acababa el día 2</td>"))
      #expect(
        html.contains(
          "<td>Registrar la disputa en un plazo de 1 día desde el planteamiento de la disputa por el cliente, "
            + "indicando las facturas, el código de motivo y el importe, cuando el cliente ha planteado una disputa</td>"
        ))
      #expect(html.contains("Registrar la disputa con su código de motivo y el importe en disputa"))
      #expect(html.contains("<a href=\"/sops/COL-004-ES?rev=1.0#registrar-la-disputa\">COL-004-ES"))
      #expect(html.contains(" €</td>"))
      #expect(!html.contains("log_dispute"))
      #expect(!html.contains("dispute_raised"))
    }
  }

  @Test func anIdleCaseScoresFindingsLinkedToTheirSections() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let casePath = try await Self.start(&browser, scenario: "forgetful-payer", seed: "")
      let bench = try await browser.get(casePath)
      let asOf = try #require(Self.today(in: bench.text))
      #expect(try await browser.post("\(casePath)/clock", ["kind": "wait", "days": "2"]).status == .seeOther)
      #expect(try await browser.get(casePath).text.contains("day 2 of 21"))
      let target = try #require(CivilDateText.adding(5, to: asOf))
      #expect(
        try await browser.post("\(casePath)/clock", ["kind": "advance_to", "date": target]).status
          == .seeOther)
      #expect(try await browser.get(casePath).text.contains("day 5 of 21"))
      let badDate = try await browser.post("\(casePath)/clock", ["kind": "advance_to", "date": "next week"])
      #expect(badDate.status == .badRequest)
      #expect(badDate.text.contains("“next week” is not a date to advance to. Type a date from 1900-01-01"))
      #expect(badDate.text.contains("day 5 of 21"))
      let waited = try await browser.post(
        "\(casePath)/clock", ["kind": "wait_for", "event": "promise_broken"])
      // This customer never breaks a promise it never made: the wait is refused, the case kept.
      #expect(waited.status == .badRequest)
      #expect(waited.text.contains("does not come again by the case&#39;s last day"))
      #expect(try await browser.get(casePath).text.contains("day 5 of 21"))
      _ = try await browser.post("\(casePath)/finish", [:])
      let score = try await browser.get("\(casePath)/score")
      #expect(score.text.contains("<span class=\"badge bad\">not passed</span>"))
      #expect(score.text.contains("<h2 id=\"findings-heading\">Findings</h2>"))
      #expect(
        score.text.contains(
          "<a href=\"/sops/COL-002?rev=1.0#before-the-contact\">COL-002 rev 1.0: Before the contact</a>"))
      #expect(score.text.contains("missed"))
      let attempts = try harness.app.database.training.attempts(trainee: "tom.baker")
      #expect(attempts.count == 1)
      #expect(attempts.first?.passed == false)
    }
  }

  @Test func startingNeedsAKnownScenarioAndAWholeSeed() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      _ = try await browser.get("/cases")
      let none = try await browser.post("/cases", [:])
      #expect(none.status == .badRequest)
      #expect(none.text.contains("Choose a scenario to start."))
      let unknown = try await browser.post("/cases", ["scenario": "../../etc/passwd"])
      #expect(unknown.status == .badRequest)
      let seed = try await browser.post("/cases", ["scenario": "forgetful-payer", "seed": "-4"])
      #expect(seed.status == .badRequest)
      #expect(seed.text.contains("is not a whole number"))
    }
  }

  @Test func anotherTraineeCannotOpenTheCase() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var tom = try await TestBrowser.signedIn("tom.baker", client)
      let casePath = try await Self.start(&tom, scenario: "forgetful-payer", seed: "3")
      var lucia = try await TestBrowser.signedIn("lucia.fernandez", client)
      _ = try await lucia.get("/cases")
      #expect(try await lucia.get(casePath).status == .notFound)
      #expect(try await lucia.get("\(casePath)/score").status == .notFound)
      #expect(try await lucia.post("\(casePath)/act", ["action": "review_account"]).status == .notFound)
      #expect(try await lucia.post("\(casePath)/clock", ["kind": "wait", "days": "1"]).status == .notFound)
      #expect(try await lucia.post("\(casePath)/finish", [:]).status == .notFound)
      #expect(try await tom.get(casePath).status == .ok)
      var manager = try await TestBrowser.signedIn("javier.moreno", client)
      #expect(try await manager.get(casePath).status == .forbidden)
    }
  }
}
