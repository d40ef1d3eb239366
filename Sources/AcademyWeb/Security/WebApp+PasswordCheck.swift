import AcademyServices
import Foundation
import HTTPTypes
import Hummingbird
import People
import SOPKit

extension WebApp {
  /// Checks that `password` is `user`'s own (`Users.checkOwnPassword`: not a one-time password,
  /// no signing hold) on the password workers, behind the one throttle for `user` from this
  /// request's client address: what approval signatures and acknowledgements ask for.
  func checkOwnPassword(
    of user: String, _ password: String, _ request: Request, _ context: WebContext
  ) async throws -> PasswordCheck<Signer> {
    let users = database.users
    let client = clientAddress(request, context)
    return try await onPasswordWorkers(user, client) {
      try users.checkOwnPassword(name: user, password: password, from: client)
    }
  }

  /// Runs `check`, a throttled password check of `Users` (bcrypt), on the password workers,
  /// never on the threads that serve requests; a wrong password is logged.
  func onPasswordWorkers<Value: Sendable>(
    _ user: String, _ client: String, _ check: @escaping @Sendable () throws -> PasswordCheck<Value>
  ) async throws -> PasswordCheck<Value> {
    let check = try await PasswordWorkers.shared.run(check)
    if case .wrong = check {
      logger.notice(
        "wrong password",
        metadata: ["user": "\(LogText.escaped(user))", "client": "\(LogText.escaped(client))"])
    }
    return check
  }

  /// The client's address: the socket's peer, or behind a proxy the last `X-Forwarded-For`
  /// entry (the one our proxy added; earlier ones are whatever the client claimed).
  func clientAddress(_ request: Request, _ context: WebContext) -> String {
    if settings.behindProxy, let forwarded = request.headers[Self.forwardedFor],
      let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
    {
      return String(last.prefix(64))
    }
    return context.peerAddress ?? "unknown"
  }

  private static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

  /// The text shown when the throttle refuses a check.
  static func throttledText(minutes: Int, _ language: UILanguage) -> String {
    String(format: UIText.text("login_throttled", language), minutes)
  }
}
