import CaseSim
import CivilCalendar
import Foundation
import HTTPTypes
import HummingbirdTesting
import People
import TestSupport
import Testing
import TrainingKit

@testable import AcademyServices
@testable import AcademyWeb

@Suite struct TeamPagesTests {
  @Test func dashboardShowsProgressRisksChartsAndCoverage() async throws {
    let harness = try await WebHarness.make()
    let start = Date()
    try harness.acknowledge(["COL-002", "COL-003"], as: "tom.baker")
    try harness.app.database.recordAttemptIfTrainee(
      "tom.baker", scenario: "forgetful-payer", seed: 7, score: 82, passed: true,
      sopRevisions: ["COL-002": "1.0"],
      startedAt: start, finishedAt: start, kind: .assessed)
    let item = try #require(
      try harness.app.database.training.progress(trainee: "tom.baker").first?.items.first)
    try harness.app.database.training.raiseRisk(
      item.item.key, reason: "Shadowing sessions moved to next week", commitOn: nil, by: "tom.baker")
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("javier.moreno", client)
      let page = try await browser.get("/team")
      #expect(page.status == .ok)
      #expect(page.text.contains("Tom Baker"))
      #expect(page.text.contains("Lucía Fernández"))
      #expect(page.text.contains("aria-labelledby=\"burnup-title\""))
      #expect(page.text.contains("aria-labelledby=\"scores-title\""))
      #expect(page.text.contains("80–89: 1 attempts"))
      #expect(page.text.contains("Shadowing sessions moved to next week"))
      #expect(page.text.contains("no backup"))
      #expect(!page.text.contains("style="))
      // Everyone is a column of the coverage matrix, qualified for something or not.
      let coverage = try #require(page.text.components(separatedBy: "id=\"coverage\"").last)
      #expect(coverage.contains("<th>Tom Baker</th>"))
      #expect(coverage.contains("<th>Lucía Fernández</th>"))
      #expect(coverage.contains("in training"))
      let spanishDesk = try await browser.get("/team?team=spanish-desk")
      #expect(spanishDesk.text.contains("Lucía Fernández"))
      #expect(!spanishDesk.text.contains("Tom Baker"))
    }
  }

  @Test func aManagerOpensATraineeFromTheDashboard() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("javier.moreno", client)
      let dashboard = try await browser.get("/team")
      #expect(dashboard.text.contains("href=\"/team/trainees/tom.baker\""))
      let trainee = try await browser.get("/team/trainees/tom.baker")
      #expect(trainee.status == .ok)
      #expect(trainee.text.contains("Training plan of Tom Baker"))
      #expect(!trainee.text.contains("action=\"/me/risks\""))
      #expect(!trainee.text.contains("action=\"/cases\""))
      let nobody = try await browser.get("/team/trainees/no.such.person")
      #expect(nobody.status == .notFound)
      var tom = try await TestBrowser.signedIn("tom.baker", client)
      let refused = try await tom.get("/team/trainees/tom.baker")
      #expect(refused.status == .forbidden)
    }
  }

  @Test func aManagerSignsOffATrainersItemFromTheTraineesPage() async throws {
    let harness = try await WebHarness.make()
    let item = try #require(
      try harness.app.database.training.progress(trainee: "lucia.fernandez").first?.items.first {
        $0.item.key == "sign-off-shadowing"
      })
    let id = try #require(item.item.id)
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("javier.moreno", client)
      let page = try await browser.get("/team/trainees/lucia.fernandez")
      #expect(page.text.contains("action=\"/team/trainees/lucia.fernandez/sign-off\""))
      #expect(page.text.contains("name=\"item\" value=\"\(id)\""))
      let empty = try await browser.post("/team/trainees/lucia.fernandez/sign-off", ["item": String(id)])
      #expect(empty.status == .seeOther)
      #expect(
        try await browser.get("/team/trainees/lucia.fernandez").text.contains("Write what you observed"))
      let signed = try await browser.post(
        "/team/trainees/lucia.fernandez/sign-off", ["item": String(id), "note": "Shadowed 10 calls with Ana"])
      #expect(signed.status == .seeOther)
      let after = try harness.app.database.training.progress(trainee: "lucia.fernandez").first?.items.first {
        $0.item.id == id
      }
      #expect(after?.isDone == true)
      #expect(after?.item.signedBy == "javier.moreno")
      #expect(after?.item.note == "Shadowed 10 calls with Ana")
    }
  }

  @Test func managerAnswersARaisedRisk() async throws {
    let harness = try await WebHarness.make()
    let item = try #require(
      try harness.app.database.training.progress(trainee: "tom.baker").first?.items.first)
    let risk = try harness.app.database.training.raiseRisk(
      item.item.key, reason: "Off sick two days", commitOn: nil, by: "tom.baker")
    let id = try #require(risk.id)
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("javier.moreno", client)
      let empty = try await browser.post("/team/risks/\(id)/answer", [:])
      #expect(empty.status == .seeOther)
      #expect(try harness.app.database.training.risks().contains { $0.id == id && $0.isOpen })
      let answered = try await browser.post(
        "/team/risks/\(id)/answer", ["answer": "Take the extra days; due moved"])
      #expect(answered.status == .seeOther)
      #expect(
        try harness.app.database.training.risks(all: true).first { $0.id == id }?.answer
          == "Take the extra days; due moved")
      let page = try await browser.get("/team")
      #expect(page.text.contains("Answered the risk raised by tom.baker."))
    }
  }

  @Test func managerAssignsAPlanAndBadInputIsExplained() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("ana.romero", client)
      let form = try await browser.get("/team/assign")
      #expect(form.text.contains("Collections associate, English desk"))
      #expect(form.text.contains("only-trainee"))
      let badDate = try await browser.post(
        "/team/assign", ["template": "backup-disputes", "trainee": "only-trainee", "start": "31/12/2026"])
      #expect(badDate.status == .badRequest)
      #expect(badDate.text.contains("31/12/2026"))
      let done = try await browser.post(
        "/team/assign", ["template": "backup-disputes", "trainee": "only-trainee", "start": "2026-12-01"])
      #expect(done.status == .seeOther)
      #expect(try harness.app.database.training.hasPlan("only-trainee"))
      // The same plan a second time is refused and says so; the trainee keeps one.
      let again = try await browser.post(
        "/team/assign", ["template": "backup-disputes", "trainee": "only-trainee", "start": "2026-12-08"])
      #expect(again.status == .badRequest)
      #expect(again.text.contains("already has the plan backup-disputes"))
      #expect(try harness.app.database.training.assignments(trainee: "only-trainee", team: nil).count == 1)
    }
  }

  @Test func exportsAreCSVAndNDJSON() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("javier.moreno", client)
      let csv = try await browser.get("/team/export/progress.csv")
      #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
      #expect(csv.text.contains("tom.baker,associate-en"))
      let spanish = try await browser.get("/team/export/coverage.csv", headers: [.acceptLanguage: "es"])
      #expect(
        spanish.text.contains("Procedimiento;Revisión;Título;Cualificados;Personas;Suplencia;En formación"))
      let badSince = try await browser.get("/team/export/xapi.ndjson?since=yesterday")
      #expect(badSince.status == .badRequest)
      let xapi = try await browser.get("/team/export/xapi.ndjson?since=2020-01-01")
      #expect(xapi.status == .ok)
      #expect(xapi.headers[.contentType] == "application/x-ndjson")
      let unknown = try await browser.get("/team/export/passwords.csv")
      #expect(unknown.status == .notFound)
    }
  }

  @Test func adminAddsUsersChangesRolesAndIssuesOneTimePasswords() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      var browser = try await TestBrowser.signedIn("admin", client)
      let added = try await browser.postRaw(
        "/admin/users",
        [
          ("_csrf", browser.csrf ?? ""), ("name", "nuria.vidal"), ("full_name", "Nuria Vidal"),
          ("role", "trainee"),
          ("job_roles", ""),
        ])
      #expect(added.status == .ok)
      #expect(added.text.contains("One-time password for"))
      let account = try harness.app.database.people.account(named: "nuria.vidal")
      #expect(account.mustChangePassword)
      #expect(account.roleNames == ["trainee"])
      let badRole = try await browser.postRaw(
        "/admin/users/nuria.vidal/roles", [("_csrf", browser.csrf ?? ""), ("job_roles", "teamlead")])
      #expect(badRole.status == .badRequest)
      #expect(badRole.text.contains("Job roles: “teamlead” is not a role."))
      let roles = try await browser.postRaw(
        "/admin/users/nuria.vidal/roles",
        [
          ("_csrf", browser.csrf ?? ""), ("role", "trainee"), ("role", "author"),
          ("job_roles", "ar-team-lead"),
        ])
      #expect(roles.status == .seeOther)
      #expect(
        try harness.app.database.people.account(named: "nuria.vidal").roleNames == [
          "ar-team-lead", "author", "trainee",
        ])
      let other = try await browser.postRaw(
        "/admin/users/only-admin/roles", [("_csrf", browser.csrf ?? ""), ("role", "manager")])
      #expect(other.status == .seeOther)
      let lastAdmin = try await browser.postRaw(
        "/admin/users/admin/roles", [("_csrf", browser.csrf ?? ""), ("role", "manager")])
      #expect(lastAdmin.status == .badRequest)
      #expect(lastAdmin.text.contains("only admin"))
      let reset = try await browser.post("/admin/users/tom.baker/reset")
      #expect(reset.text.contains("One-time password for"))
      #expect(try harness.app.database.people.account(named: "tom.baker").mustChangePassword)
    }
  }

  @Test func chartsAreDrawnFromTheData() throws {
    let start = try #require(CivilDate(iso: "2026-03-02"))
    let series = BurnUpChart.series(
      completions: ["2026-03-03", "2026-03-03", "2026-03-05"], scope: 10, start: start,
      due: start.adding(days: 9), today: start.adding(days: 4))
    #expect(Array(series.done.prefix(5)) == [0, 2, 2, 3, 3])
    #expect(series.done.last == -1)
    // A plan started today: one point, drawn as a dot; the legend draws each line's style.
    let today = BurnUpChart.series(
      completions: ["2026-03-02", "2026-03-02", "2026-03-02"], scope: 17, start: start,
      due: start.adding(days: 20),
      today: start)
    let svg = BurnUpChart.svg(today, labels: ("Burn-up", "Done", "Scope", "Ideal"))
    #expect(svg.components(separatedBy: "<circle").count == 2)
    #expect(svg.contains("<title>2026-03-02: 3 / 17</title>"))
    #expect(svg.contains("stroke=\"#9a6700\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\""))
    #expect(svg.contains("stroke=\"#5b6473\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\""))
    #expect(ScoreHistogram.bands([100, 95, 12, 0, 49.9]) == [1, 1, 0, 0, 1, 0, 0, 0, 0, 2])
  }
}
