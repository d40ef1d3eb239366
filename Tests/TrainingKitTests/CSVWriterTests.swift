import TestSupport
import Testing

@testable import TrainingKit

@Suite struct CSVWriterTests {
  @Test func englishHasBOMCommasAndCRLF() {
    let csv = CSVWriter(locale: "en").document(
      header: ["name", "pct"], rows: [[.text("Tina, Gil"), .number(87.5, decimals: 1)]])
    #expect(csv == "\u{FEFF}name,pct\r\n\"Tina, Gil\",87.5\r\n")
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test func spanishUsesSemicolonsAndDecimalCommas() {
    let csv = CSVWriter(locale: "es").document(
      header: ["nombre", "pct", "n"], rows: [[.text("Peña; Ruiz"), .number(87.5, decimals: 1), .integer(3)]])
    #expect(csv == "\u{FEFF}nombre;pct;n\r\n\"Peña; Ruiz\";87,5;3\r\n")
  }

  @Test func quotesAndFormulasAreEscaped() {
    let writer = CSVWriter()
    #expect(
      writer.line([.text("say \"hi\""), .text("=SUM(A1)"), .text("a\nb")])
        == "\"say \"\"hi\"\"\",'=SUM(A1),\"a\nb\"\r\n")
  }

  @Test func formulasBehindATabOrCarriageReturnAreNeutralised() {
    let writer = CSVWriter()
    #expect(
      writer.line([.text("\t=HYPERLINK(\"x\")"), .text("\r+1"), .text("\t@A1")])
        == "\"'\t=HYPERLINK(\"\"x\"\")\",\"'\r+1\",'\t@A1\r\n")
  }

  @Test func progressTableRendersIdenticallyAcrossFormats() throws {
    let assignment = Assignment(
      id: 1, trainee: "tina", templateID: "associate-es", title: "T", team: "spanish-desk",
      startOn: "2026-03-02",
      dueOn: "2026-04-10", retrainingDays: 5, assignedBy: "max", assignedAt: "2026-03-02T09:00:00.000Z")
    let progress = TraineeProgress(
      assignment: assignment, items: [],
      forecast: .init(pace: 1, usedPlanPace: true, completionOn: "2026-04-01"),
      level: .onTrack, reasons: [])
    let table = TrainingTable.progress([progress])
    let csv = table.csv(locale: "es")
    #expect(csv.hasPrefix("\u{FEFF}trainee;plan;team;start;due;"))
    #expect(
      csv.hasSuffix(
        "tina;associate-es;spanish-desk;2026-03-02;2026-04-10;0;0;0;0;100,0;2026-04-01;on track\r\n"))
    let json = try table.json()
    #expect(json.contains("\"completion_pct\" : 100,"))
    #expect(json.contains("\"forecast\" : \"2026-04-01\""))
  }
}
