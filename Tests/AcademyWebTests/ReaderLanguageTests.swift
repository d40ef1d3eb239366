import Foundation
import HTTPTypes
import HummingbirdTesting
import SOPKit
import Testing
import TrainingKit

@testable import AcademyWeb

/// Each reader gets the plan, the scenarios and the errors in the UI language: a plan's
/// translation, a scenario's translation or its original, refusals naming the field.
@Suite struct ReaderLanguageTests {
  @Test func aSpanishDeskTraineeReadsThePlanAndAnEnglishScenarioInSpanish() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("lucia.fernandez", client)
      _ = try await browser.post("/language", ["lang": "es", "back": "/me/plan"])
      let plan = try await browser.get("/me/plan").text
      #expect(plan.contains("<h2 id=\"plan-associate-es\">Gestor de cobros, equipo español</h2>"))
      #expect(plan.contains("Visto bueno del formador: Ha escuchado 10 llamadas del tutor"))
      #expect(
        plan.contains("Superar el caso «Un cliente olvidadizo pero dispuesto a pagar, con facturas vencidas»")
      )
      #expect(!plan.contains("Shadowed 10 calls"))
      #expect(!plan.contains("Collections associate, Spanish desk"))
      let cases = try await browser.get("/cases").text
      #expect(
        cases.contains("<strong>Un cliente olvidadizo pero dispuesto a pagar, con facturas vencidas</strong>")
      )
      #expect(!cases.contains("A forgetful but willing payer"))
      #expect(cases.contains("<td>inglés</td>"))
      let casePath = try await PracticeCaseTests.start(&browser, scenario: "forgetful-payer", seed: "1")
      let bench = try await browser.get(casePath).text
      #expect(bench.contains("<h1>Un cliente olvidadizo pero dispuesto a pagar, con facturas vencidas</h1>"))
      #expect(bench.contains("Averigüe el motivo"))
      #expect(bench.contains("<li>Conseguir una promesa de pago con fecha y confirmarla por escrito.</li>"))
      #expect(!bench.contains("Find out why"))
    }
  }

  @Test func anEnglishReaderReadsASpanishScenarioInEnglish() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let cases = try await browser.get("/cases").text
      #expect(cases.contains("<strong>Dispute over the quality of a batch of material</strong>"))
      #expect(cases.contains("<td>Spanish</td>"))
      let casePath = try await PracticeCaseTests.start(&browser, scenario: "disputa-calidad-es", seed: "1")
      let bench = try await browser.get(casePath).text
      #expect(bench.contains("<h1>Dispute over the quality of a batch of material</h1>"))
      #expect(bench.contains("A Spanish manufacturer with a decent payment record"))
      #expect(!bench.contains("Un fabricante español"))
    }
  }

  @Test func aManagersAndAnAdminsRefusalsAreInSpanishNamingTheField() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var manager = try await TestBrowser.signedIn("ana.romero", client)
      _ = try await manager.post("/language", ["lang": "es", "back": "/team/assign"])
      let early = try await manager.post(
        "/team/assign",
        [
          "template": "backup-disputes", "trainee": "only-trainee", "start": "2026-12-07",
          "due": "2026-12-01",
        ])
      #expect(early.status == .badRequest)
      #expect(
        early.text.contains(
          "Fecha límite: 2026-12-01 es anterior a la fecha de inicio 2026-12-07. Elija una fecha límite"))
      let badDay = try await manager.post(
        "/team/assign", ["template": "backup-disputes", "trainee": "only-trainee", "start": "31/12/2026"])
      #expect(
        badDay.text.contains("Fecha de inicio: «31/12/2026» no es una fecha. Escríbala como AAAA-MM-DD"))
      #expect(!badDay.text.contains("is not a date"))
      // The plan list and the export read in Spanish too.
      let assign = try await manager.get("/team/assign").text
      #expect(assign.contains("Formación cruzada (suplencia) - coordinación de disputas"))
      #expect(!assign.contains("Cross-training (backup) - disputes coordination"))
      let risks = try await manager.get("/team/export/risks.csv")
      #expect(risks.text.hasPrefix("\u{FEFF}Alumno;Plan;Nivel;Regla;Motivo;Previsión;Fecha límite"))
      #expect(!risks.text.contains(";at risk;"))

      var admin = try await TestBrowser.signedIn("admin", client)
      _ = try await admin.post("/language", ["lang": "es", "back": "/admin/users"])
      let roleless = try await admin.post(
        "/admin/users", ["name": "nuria.vidal", "full_name": "Nuria Vidal"])
      #expect(roleless.status == .badRequest)
      #expect(roleless.text.contains("Roles: elija al menos un rol o escriba un puesto como ar-team-lead."))
      #expect(!roleless.text.contains("unknown role"))
      let users = try await admin.get("/admin/users").text
      #expect(users.contains("> alumno</label>"))
      #expect(!users.contains("> trainee</label>"))
    }
  }

  @Test func everyRefusalAPageShowsIsWordedInSpanish() {
    let refusals: [(any Error, String)] = [
      (WorkflowRefusal.selfApproval(user: "luis.garcia"), "Usted redactó esta revisión"),
      (WorkflowRefusal.notAllowed(action: .approve, state: .effective), "una revisión que está vigente."),
      (TrainingError.emptyText(field: .note), "Nota del visto bueno: escriba algo"),
      (
        TrainingError.blocked(item: "pass-forgetful-payer", waitingFor: ["ack-col-002"]),
        "espera a ack-col-002"
      ),
    ]
    for (error, spanish) in refusals {
      #expect(UIText.error(error, .es).contains(spanish), "\(error)")
      #expect(UIText.error(error, .en) != UIText.error(error, .es))
    }
  }
}
