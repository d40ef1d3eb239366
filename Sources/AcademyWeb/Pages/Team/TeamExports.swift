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
    let training = app.database.training
    let locale = context.language.rawValue
    let body: String
    switch name {
    case "progress.csv": body = TrainingTable.progress(try training.progress(team: team)).csv(locale: locale)
    case "risks.csv": body = TrainingTable.risks(try training.progress(team: team)).csv(locale: locale)
    case "coverage.csv": body = TrainingTable.coverage(try training.coverage(team: team)).csv(locale: locale)
    default:
      let since = request.uri.queryParameters["since"].map(String.init) ?? ""
      guard CivilDate(iso: since) != nil else {
        throw PageError.badRequest(UIText.text("team_since_invalid", context.language))
      }
      body = try xapi(app, since: since, host: request.head.authority)
    }
    var headers = HTTPFields()
    headers[.contentType] = name.hasSuffix(".csv") ? "text/csv; charset=utf-8" : "application/x-ndjson"
    let stamp = app.database.store.today
    headers[.contentDisposition] = "attachment; filename=\"academy-\(stamp)-\(name)\""
    headers[.cacheControl] = "no-store"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
  }

  private static func xapi(_ app: WebApp, since: String, host: String?) throws -> String {
    let database = app.database
    let names = Dictionary(
      try database.people.list().map { ($0.name, $0.fullName) }, uniquingKeysWith: { first, _ in first })
    let titles = Dictionary(
      try database.store.list().map { ($0.sopID, $0.title) }, uniquingKeysWith: { first, _ in first })
    let exporter = XAPIExporter(
      homePage: "http://\(host ?? "academy.local")", printedNames: names, sopTitles: titles)
    return try XAPIExporter.ndjson(try database.training.statements(since: since, exporter: exporter))
  }
}
