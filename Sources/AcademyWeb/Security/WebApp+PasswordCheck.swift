import AcademyServices
import Foundation
import HTTPTypes
import Hummingbird
import People

/// What came of a throttled password check.
enum PasswordCheck<Value: Sendable>: Sendable {
  /// The password was right and the work it guarded was done.
  case passed(Value)
  /// The password was wrong (or the name unknown): counted against this name and address.
  case wrong
  /// Too many wrong passwords from this address for this name: nothing was checked.
  case throttled(minutes: Int)
}

extension WebApp {
  /// Runs `work`, which checks `user`'s password with bcrypt (and may then hash a new one), on
  /// the password workers, behind the throttle for `user` from this request's client address.
  /// Every form that takes a password goes through here: log-in, password change, approval
  /// signatures, acknowledgements. `work` signals a wrong password by throwing
  /// `PeopleError.wrongPassword` or `.unknownUser`; any other error means the password was
  /// right and something else refused, and is rethrown.
  func checkPassword<Value: Sendable>(
    of user: String, _ request: Request, _ context: WebContext, _ work: @escaping @Sendable () throws -> Value
  ) async throws -> PasswordCheck<Value> {
    let throttle = database.passwordThrottle
    let client = clientAddress(request, context)
    let wait = try throttle.wait(user: user, client: client)
    if wait > 0 { return .throttled(minutes: (wait + 59) / 60) }
    do {
      let value = try await PasswordWorkers.shared.run(work)
      try throttle.succeeded(user: user, client: client)
      return .passed(value)
    } catch PeopleError.wrongPassword, PeopleError.unknownUser {
      try throttle.failed(user: user, client: client)
      logger.notice(
        "wrong password",
        metadata: ["user": "\(LogText.escaped(user))", "client": "\(LogText.escaped(client))"])
      return .wrong
    } catch let error as PeopleError {
      try throttle.succeeded(user: user, client: client)
      throw error
    }
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
