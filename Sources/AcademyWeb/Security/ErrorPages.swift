import AcademyServices
import Hummingbird
import Logging

/// Turns errors into pages that say what to do and leak nothing: no stack, no SQL, no path.
/// Domain errors reaching here (a handler that did not catch them) become 500 with a generic
/// text; the detail goes to the log only.
struct ErrorPageMiddleware: RouterMiddleware {
  typealias Context = WebContext
  let app: WebApp

  func handle(
    _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as PageError {
      switch error {
      case .forbidden:
        return try await page(.forbidden, "forbidden_title", "forbidden_text", context)
      case .notFound:
        return try await page(.notFound, "not_found_title", "not_found_text", context)
      case .csrf:
        return try await page(.forbidden, "forbidden_title", "csrf_failed", context)
      case .badRequest(let text):
        return try await page(.badRequest, "error_title", nil, context, detail: text)
      case .missingField(let field):
        return try await page(.badRequest, "error_title", nil, context, detail: "Fill in \(field).")
      }
    } catch let error as HTTPError {
      switch error.status {
      case .notFound: return try await page(.notFound, "not_found_title", "not_found_text", context)
      case .forbidden, .unauthorized:
        return try await page(.forbidden, "forbidden_title", "forbidden_text", context)
      case .badRequest, .contentTooLarge, .methodNotAllowed:
        return try await page(error.status, "error_title", nil, context, detail: error.status.reasonPhrase)
      default:
        context.logger.error("request failed", metadata: ["error": "\(LogText.escaped("\(error)"))"])
        return try await page(.internalServerError, "error_title", "server_error_text", context)
      }
    } catch  where StorageFailure.isDiskFull(error) {
      // Reads keep working on a full disk; only writes fail, each rolled back whole.
      context.logger.critical(
        "disk full: a write was refused", metadata: ["error": "\(LogText.escaped(String(reflecting: error)))"]
      )
      return try await page(Self.insufficientStorage, "disk_full_title", "disk_full_text", context)
    } catch {
      context.logger.error(
        "request failed", metadata: ["error": "\(LogText.escaped(String(reflecting: error)))"])
      return try await page(.internalServerError, "error_title", "server_error_text", context)
    }
  }

  /// 507 Insufficient Storage (RFC 4918): the request was fine, the server could not store it.
  static let insufficientStorage = HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage")

  private func page(
    _ status: HTTPResponse.Status, _ title: String, _ text: String?, _ context: WebContext,
    detail: String? = nil
  ) async throws -> Response {
    let language = context.language
    let data: [String: Any] = [
      "heading": UIText.text(title, language),
      "text": text.map { UIText.text($0, language) } ?? detail ?? "",
    ]
    return try await app.page("error", title: UIText.text(title, language), data, context, status: status)
  }
}
