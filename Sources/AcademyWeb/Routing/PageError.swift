/// Errors a handler throws to get a specific error page instead of a generic 500.
enum PageError: Error, Sendable {
  /// The user's roles do not allow the route (403).
  case forbidden
  /// Nothing at this address (404).
  case notFound
  /// A POST without the session's CSRF token (403).
  case csrf
  /// The request is malformed; the text says how (400).
  case badRequest(String)
  /// A form field is missing (400).
  case missingField(String)
}
