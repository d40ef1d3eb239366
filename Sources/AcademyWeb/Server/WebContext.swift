import Hummingbird
import People

/// The per-request context: the signed-in user (if any), their session, the UI language and
/// a POSTed form, filled in by the session middleware and the route wrapper.
public struct WebContext: RequestContext {
  /// Hummingbird's storage (logger, parameters, endpoint).
  public var coreContext: CoreRequestContextStorage
  /// The session the cookie names, anonymous or signed in.
  var session: WebSession?
  /// The message the flash cookie carries for this page.
  var flash: String?
  /// The database's change stamp read with the session (signed-in requests only).
  var changeStamp: Int64?
  /// The UI language for this request.
  var language: UILanguage = .en
  /// The decoded form of a POST.
  var form = FormData()
  /// The peer's IP address as the socket gives it (nil in in-process tests).
  let peerAddress: String?

  /// Creates an empty context for a new request.
  public init(source: Source) {
    coreContext = .init(source: source)
    peerAddress = source.channel.remoteAddress?.ipAddress
  }

  /// The signed-in user, if any.
  var user: SessionUser? { session?.user }

  /// The signed-in user; routes that require one are never reached without it.
  func signedIn() throws -> SessionUser {
    guard let user else { throw HTTPError(.unauthorized) }
    return user
  }

  /// Bodies up to 4 MB: the SOP editor posts whole documents.
  public var maxUploadSize: Int { 4 * 1024 * 1024 }
}

/// Who is signed in, as pages need it.
struct SessionUser: Sendable, Hashable {
  var name: String
  var fullName: String
  var roles: Set<String>
  var mustChangePassword: Bool

  init(_ account: UserAccount, roles: Set<String>? = nil) {
    name = account.name
    fullName = account.fullName
    self.roles = roles ?? Set(account.roleNames)
    mustChangePassword = account.mustChangePassword
  }

  func holds(_ role: Role) -> Bool { roles.contains(role.name) }
}
