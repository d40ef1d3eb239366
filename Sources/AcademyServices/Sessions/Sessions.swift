import AuditTrail
import Foundation
import People

/// The web's sessions, kept in the database so a restart signs nobody out and any number of
/// instances on one database serve one user. Only a signed-in user has a row; an anonymous
/// visitor's CSRF token and language, and a message for the next page, live in cookies signed
/// with the database's cookie secret. No read writes: the idle limit is a signed last-seen
/// time in the session cookie, renewed at most once a minute, and the absolute limit is in
/// the row.
public struct Sessions: Sendable {
  /// A session unused this long ends.
  public static let idleLifetime: TimeInterval = 8 * 3600
  /// A session ends this long after log-in, however busy.
  public static let absoluteLifetime: TimeInterval = 12 * 3600
  /// An anonymous visitor's CSRF token is good this long.
  public static let visitorLifetime: TimeInterval = 12 * 3600
  /// A message for the next page is shown only within this time.
  static let flashLifetime: TimeInterval = 600
  /// The last-seen time in the cookie is renewed when older than this: the idle limit is
  /// exact to a minute, and a busy user gets a new cookie once a minute, not every response.
  static let renewAfter: TimeInterval = 60

  let repository: any SessionRepository
  let stamps: ChangeStamp
  let clock: TimeSource
  let seal: CookieSeal
  let cache = SessionCache()

  /// Sessions over `repository`, signing cookies with its secret. Make one per process and
  /// keep it: it holds the cache of session rows.
  public init(repository: any SessionRepository, stamps: ChangeStamp, clock: TimeSource) throws {
    self.repository = repository
    self.stamps = stamps
    self.clock = clock
    seal = CookieSeal(secret: try repository.cookieSecret())
  }

  /// Signs `user` in: a new session (new id and CSRF token, so no fixation) that replaces the
  /// browser's `old` one, if any. Its `newCookie` is the session cookie to set.
  public func start(user: String, language: String?, replacing old: ActiveSession?) throws -> ActiveSession {
    let now = clock.now()
    let id = Self.randomToken()
    let record = WebSessionRecord(
      idHash: WebSessionRecord.hash(id: id), userName: user, csrf: Self.randomToken(),
      language: Self.language(language), createdAt: now.utcTimestamp,
      expiresAt: now.addingTimeInterval(Self.absoluteLifetime).utcTimestamp)
    try repository.start(record, replacing: old.map { WebSessionRecord.hash(id: $0.id) })
    if let old { cache.forget(old.id) }
    let value = sessionCookie(id: id, seen: now)
    guard var session = try resume(cookie: value) else { throw PeopleError.unknownUser(user) }
    session.newCookie = value
    return session
  }

  /// The signed-in session `cookie` names, if it is ours, within the idle and absolute
  /// limits and not ended (here or by another instance). The database is read only when
  /// something changed since this process last read the session (`ChangeStamp`).
  public func resume(cookie: String) throws -> ActiveSession? {
    guard let dot = cookie.utf8.firstIndex(of: UInt8(ascii: ".")) else { return nil }
    let id = String(cookie[..<dot])
    let cached = cache.entry(id)
    let seen: TimeInterval
    if let cached, cached.verifiedCookie == cookie {
      // The very cookie this process checked before needs no second HMAC (the check was 14 %
      // of the server's CPU on the cached SOP page, perf 2026-12-04) and no second parse;
      // any other text, a forged tag or time included, is checked.
      seen = cached.verifiedSeen
    } else {
      let fields = cookie.split(separator: ".", omittingEmptySubsequences: false)
      guard fields.count == 3, let parsed = TimeInterval(fields[1]),
        seal.open("session", cookie, count: 2) != nil
      else { return nil }
      seen = parsed
    }
    let now = clock.now()
    let idle = now.timeIntervalSince1970 - seen
    guard idle < Self.idleLifetime else { return nil }
    var entry = cached ?? SessionCache.Entry(idHash: WebSessionRecord.hash(id: id), stamp: -1)
    // The stamp is read first, so a row read after it is at least as new as the stamp says:
    // caching the row under that stamp can never keep a session that a later change ended.
    let stamp = try stamps.current()
    let rowRead = entry.stamp != stamp
    if rowRead || entry.verifiedCookie != cookie {
      entry.stamp = stamp
      if rowRead {
        entry.row = SessionCache.Row(try repository.session(idHash: entry.idHash))
      }
      entry.verifiedCookie = cookie
      entry.verifiedSeen = seen
      cache.store(id, entry)
    }
    guard let row = entry.row, let stored = row.session, let expires = row.expires, expires > now else {
      return nil
    }
    var renewed: String?
    if idle >= Self.renewAfter {
      // One value per session and minute: a client that ignores it (a load generator) costs
      // a cache look-up per request, not an HMAC.
      let minute = Int64(now.timeIntervalSince1970) / 60
      if let renewal = entry.renewal, renewal.minute == minute {
        renewed = renewal.cookie
      } else {
        let value = sessionCookie(id: id, seen: Date(timeIntervalSince1970: TimeInterval(minute * 60)))
        entry.renewal = (minute, value)
        cache.store(id, entry)
        renewed = value
      }
    }
    return ActiveSession(
      id: id, csrf: stored.record.csrf, account: stored.account, roles: row.roles,
      language: stored.record.language,
      expires: expires, stamp: stamp, newCookie: renewed)
  }

  /// Signs `session` out (a log-out), on every instance.
  public func end(_ session: ActiveSession) throws {
    try repository.end(idHash: WebSessionRecord.hash(id: session.id))
    cache.forget(session.id)
  }

  /// The UI language chosen in `session`.
  public func setLanguage(_ language: String, in session: ActiveSession) throws {
    guard let language = Self.language(language) else { return }
    try repository.setLanguage(idHash: WebSessionRecord.hash(id: session.id), to: language)
  }

  /// The id hash of `session`, to keep it when the user changes their password there.
  public func idHash(of session: ActiveSession) -> String {
    WebSessionRecord.hash(id: session.id)
  }

  /// The anonymous visitor `cookie` describes, or a new one; `newCookie` is set when the
  /// browser must store a new value.
  public func visitor(cookie: String?, language: String? = nil) -> Visitor {
    let now = clock.now().timeIntervalSince1970
    if let cookie, let fields = seal.open("visitor", cookie, count: 3), let issued = TimeInterval(fields[2]) {
      let kept = Self.language(String(fields[1]))
      if abs(now - issued) < Self.visitorLifetime {
        let chosen = Self.language(language) ?? kept
        let renewed = chosen == kept ? nil : visitorCookie(csrf: String(fields[0]), language: chosen, at: now)
        return Visitor(csrf: String(fields[0]), language: chosen, newCookie: renewed)
      }
      return freshVisitor(language: Self.language(language) ?? kept, at: now)
    }
    return freshVisitor(language: Self.language(language), at: now)
  }

  /// The cookie value that carries `message` to the next page.
  public func flashCookie(_ message: String) -> String {
    let text = Data(message.utf8).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
    return seal.sign("flash", [String(Int(clock.now().timeIntervalSince1970)), text])
  }

  /// The message a flash cookie carries, if it is ours and recent.
  public func flash(cookie: String) -> String? {
    guard let fields = seal.open("flash", cookie, count: 2), let issued = TimeInterval(fields[0]),
      abs(clock.now().timeIntervalSince1970 - issued) < Self.flashLifetime
    else { return nil }
    var text = fields[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    text += String(repeating: "=", count: (4 - text.count % 4) % 4)
    return Data(base64Encoded: text).map { String(decoding: $0, as: UTF8.self) }
  }

  private func freshVisitor(language: String?, at now: TimeInterval) -> Visitor {
    let csrf = Self.randomToken()
    return Visitor(
      csrf: csrf, language: language, newCookie: visitorCookie(csrf: csrf, language: language, at: now))
  }

  private func visitorCookie(csrf: String, language: String?, at now: TimeInterval) -> String {
    seal.sign("visitor", [csrf, language ?? "", String(Int(now))])
  }

  private func sessionCookie(id: String, seen: Date) -> String {
    seal.sign("session", [id, String(Int(seen.timeIntervalSince1970))])
  }

  /// A language code as cookies and rows keep it: 2-8 letters, else none.
  static func language(_ code: String?) -> String? {
    guard let code, (2...8).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      return nil
    }
    return code
  }

  /// 32 bytes from the system's CSPRNG, as hex.
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
  }
}

/// A signed-in session, as a request resumed it.
public struct ActiveSession: Sendable {
  /// The session id (only ever in the cookie and in memory).
  public var id: String
  /// The token its forms post back.
  public var csrf: String
  /// The user, as the database holds them now.
  public var account: UserAccount
  /// The user's roles, decoded once per read of the row (not per request: decoding the JSON
  /// was 3 % of the server's CPU on the cached SOP page, perf 2026-12-04).
  public var roles: Set<String>
  /// The UI language chosen in the session.
  public var language: String?
  /// When the session ends, however busy.
  public var expires: Date
  /// The change stamp read for this request: caches keyed by it are never stale.
  public var stamp: Int64
  /// A value the browser must store as the session cookie (a new session, or a renewed
  /// last-seen time), when one is due.
  public var newCookie: String?
}

/// An anonymous visitor: no row, only a signed cookie.
public struct Visitor: Sendable, Hashable {
  /// The token the log-in and language forms post back.
  public var csrf: String
  /// The UI language chosen, if any.
  public var language: String?
  /// A value the browser must store as the visitor cookie (new, or a changed language).
  public var newCookie: String?
}
