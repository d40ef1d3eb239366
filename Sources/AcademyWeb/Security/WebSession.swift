import AcademyServices

/// The browser's session for one request: signed in (`active`, from the database) or an
/// anonymous visitor (only the signed visitor cookie). Either way it has a CSRF token, which
/// every form posts back.
struct WebSession: Sendable {
  /// The signed-in session; nil for an anonymous visitor.
  var active: ActiveSession?
  var csrf: String
  var user: SessionUser?
  var language: UILanguage?

  init(_ active: ActiveSession) {
    self.active = active
    csrf = active.csrf
    user = SessionUser(active.account, roles: active.roles)
    language = active.language.flatMap(UILanguage.init(rawValue:))
  }

  init(_ visitor: Visitor) {
    csrf = visitor.csrf
    language = visitor.language.flatMap(UILanguage.init(rawValue:))
  }
}
