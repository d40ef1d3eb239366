import Foundation

/// One browser's session: anonymous until log-in, then bound to a user. Every session has its
/// own CSRF token, which every form posts back.
struct WebSession: Sendable {
  var token: String
  var csrf: String
  var user: SessionUser?
  var language: UILanguage?
  var expires: Date
  var flash: String?
}

/// Sessions in memory. A restart signs everyone out (nothing else is lost: all work is in the
/// database). Anonymous sessions live an hour, signed-in ones eight idle hours.
actor SessionStore {
  static let signedInLifetime: TimeInterval = 8 * 3600
  static let anonymousLifetime: TimeInterval = 3600
  private static let limit = 50_000
  private var sessions: [String: WebSession] = [:]

  /// The live session `token` names, its idle expiry extended.
  func session(_ token: String, now: Date = Date()) -> WebSession? {
    guard var session = sessions[token] else { return nil }
    guard session.expires > now else {
      sessions[token] = nil
      return nil
    }
    let lifetime = session.user == nil ? Self.anonymousLifetime : Self.signedInLifetime
    session.expires = now.addingTimeInterval(lifetime)
    sessions[token] = session
    return session
  }

  /// A new session with fresh tokens (a log-in always gets a new one: no fixation).
  func create(user: SessionUser?, language: UILanguage?, now: Date = Date()) -> WebSession {
    if sessions.count >= Self.limit { prune(now: now) }
    let lifetime = user == nil ? Self.anonymousLifetime : Self.signedInLifetime
    let session = WebSession(
      token: Tokens.random(), csrf: Tokens.random(), user: user, language: language,
      expires: now.addingTimeInterval(lifetime))
    sessions[session.token] = session
    return session
  }

  func remove(_ token: String) {
    sessions[token] = nil
  }

  /// Replaces the stored user (after a password change or a role change of oneself).
  func update(_ token: String, user: SessionUser) {
    sessions[token]?.user = user
  }

  func setLanguage(_ token: String, _ language: UILanguage) {
    sessions[token]?.language = language
  }

  /// Keeps a one-line message for the next page this session sees.
  func flash(_ token: String, _ message: String) {
    sessions[token]?.flash = message
  }

  /// The pending message, cleared.
  func takeFlash(_ token: String) -> String? {
    defer { sessions[token]?.flash = nil }
    return sessions[token]?.flash
  }

  /// Signs out every session of `user` (after an admin changes their roles or password), but
  /// the one `kept` names (the user's own, after they changed their password there).
  func signOut(user name: String, except kept: String? = nil) {
    sessions = sessions.filter { $0.value.user?.name != name || $0.key == kept }
  }

  private func prune(now: Date) {
    sessions = sessions.filter { $0.value.expires > now }
    if sessions.count >= Self.limit {
      sessions = sessions.filter { $0.value.user != nil }
    }
  }
}
