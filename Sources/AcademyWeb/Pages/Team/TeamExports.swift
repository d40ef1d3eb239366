import AcademyServices
import CivilCalendar
import Foundation
import Hummingbird
import SOPKit

/// Downloads for the manager: progress, risks and coverage as CSV (Excel-ready, in the UI's
/// locale), and xAPI statements as NDJSON for the company's learning record store.
enum TeamExports {
  static let names = ["progress.csv", "risks.csv", "coverage.csv", "xapi.ndjson"]

  static func file(_ app: WebApp, _ request: Request, _ context: WebContext) throws -> Response {
    guard let name = context.parameters.get("name"), names.contains(name) else { throw PageError.notFound }
    let team = request.uri.queryParameters["team"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    let reports = app.database.reports
    let locale = context.language.rawValue
    let body: String
    switch name {
    case "progress.csv": body = try reports.table(.progress, team: team).csv(locale: locale)
    case "risks.csv": body = try reports.table(.risks, team: team).csv(locale: locale)
    case "coverage.csv": body = try reports.table(.coverage, team: team).csv(locale: locale)
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
