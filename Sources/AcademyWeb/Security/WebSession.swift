import AcademyServices

/// The browser's session for one request: signed in (`active`, from the database) or an
/// anonymous visitor (only the signed visitor cookie). Either way it has a CSRF token, which
/// every form posts back.
///
/// A class that never changes, so the request context, copied at every middleware and route
/// step, carries one reference instead of the session's dozen strings: retain and release were
/// 13 % of the server's CPU on the cached SOP page with a struct (perf, 2026-12-04).
final class WebSession: Sendable {
  /// The signed-in session; nil for an anonymous visitor.
  let active: ActiveSession?
  let csrf: String
  let user: SessionUser?
  let language: UILanguage?

  init(_ active: ActiveSession) {
    self.active = active
    csrf = active.csrf
    user = SessionUser(active.account, roles: active.roles)
    language = active.language.flatMap(UILanguage.init(rawValue:))
  }

  init(_ visitor: Visitor) {
    active = nil
    csrf = visitor.csrf
    user = nil
    language = visitor.language.flatMap(UILanguage.init(rawValue:))
  }

  private init(_ session: WebSession, csrf: String) {
    active = session.active
    self.csrf = csrf
    user = session.user
    language = session.language
  }

  /// The same session with `csrf` as its token (the page cache renders with a mark there).
  func with(csrf: String) -> WebSession { WebSession(self, csrf: csrf) }
}
