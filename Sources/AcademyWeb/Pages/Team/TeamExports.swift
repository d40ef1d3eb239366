import AcademyServices
import CivilCalendar
import Foundation
import Hummingbird
import SOPKit
import TrainingKit

/// Downloads for the manager: progress, risks and coverage as CSV (Excel-ready, in the UI's
/// locale), and xAPI statements as NDJSON for the company's learning record store.
enum TeamExports {
  static let names = ["progress.csv", "risks.csv", "coverage.csv", "xapi.ndjson"]

  static func file(_ app: WebApp, _ request: Request, _ context: WebContext) throws -> Response {
    guard let name = context.parameters.get("name"), names.contains(name) else { throw PageError.notFound }
    let team = request.uri.queryParameters["team"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    let reports = app.database.reports
    let language = context.language
    let locale = language.rawValue
    // A spreadsheet for people: headings and coded values in the UI language.
    let words = TrainingTable.Words(
      column: { UIText.text("csv_\($0)", language) },
      level: { level in
        UIText.text("team_level_\(level.rawValue.replacingOccurrences(of: " ", with: "_"))", language)
      },
      reason: { UIText.riskReason($0, language) },
      backup: { UIText.text($0 ? "team_no_backup" : "csv_backup_ok", language) })
    let body: String
    switch name {
    case "progress.csv": body = try reports.table(.progress, team: team, words: words).csv(locale: locale)
    case "risks.csv": body = try reports.table(.risks, team: team, words: words).csv(locale: locale)
    case "coverage.csv": body = try reports.table(.coverage, team: team, words: words).csv(locale: locale)
    default:
      let since = request.uri.queryParameters["since"].map(String.init) ?? ""
      guard CivilDate(iso: since) != nil else {
        throw PageError.badRequest(UIText.text("team_since_invalid", context.language))
      }
      body = try reports.xapi(since: since, homePage: "http://\(request.head.authority ?? "academy.local")")
    }
    var headers = HTTPFields()
    headers[.contentType] = name.hasSuffix(".csv") ? "text/csv; charset=utf-8" : "application/x-ndjson"
    let stamp = reports.today.iso
    headers[.contentDisposition] = "attachment; filename=\"academy-\(stamp)-\(name)\""
    headers[.cacheControl] = "no-store"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
  }
}
