import HTTPTypes
import Hummingbird
import Testing

@testable import AcademyWeb

/// The session and language cookies are read from the Cookie headers as browsers send them.
@Suite struct SessionMiddlewareTests {
  static func request(cookies: [String]) -> Request {
    var fields = HTTPFields()
    for value in cookies { fields.append(HTTPField(name: .cookie, value: value)) }
    let head = HTTPRequest(
      method: .get, scheme: "http", authority: "localhost", path: "/", headerFields: fields)
    return Request(head: head, body: .init(buffer: ByteBuffer()))
  }

  @Test func findsTheNamedCookieAmongOthers() {
    let request = Self.request(cookies: [
      "theme=dark;academy_session_old=x; academy_session=abc123; academy_lang=es"
    ])
    #expect(SessionMiddleware.cookie("academy_session", in: request) == "abc123")
    #expect(SessionMiddleware.cookie("academy_lang", in: request) == "es")
    #expect(SessionMiddleware.cookie("theme", in: request) == "dark")
    #expect(SessionMiddleware.cookie("academy", in: request) == nil)
    #expect(SessionMiddleware.cookie("missing", in: request) == nil)
  }

  @Test func readsEveryCookieHeaderAndTheFirstPairWins() {
    let request = Self.request(cookies: ["a=1", "academy_session=first", "academy_session=second"])
    #expect(SessionMiddleware.cookie("academy_session", in: request) == "first")
    #expect(SessionMiddleware.cookie("a", in: request) == "1")
    #expect(SessionMiddleware.cookie("a", in: Self.request(cookies: [])) == nil)
    #expect(SessionMiddleware.cookie("a", in: Self.request(cookies: ["a="])) == "")
  }
}
