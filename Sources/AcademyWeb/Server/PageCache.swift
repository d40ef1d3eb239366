import CivilCalendar
import Foundation
import Hummingbird
import Synchronization

/// Whole pages as a user last saw them, for pages read far more often than anything changes
/// (an SOP, a search). An entry is keyed by user, address, UI language, day and the database's
/// change stamp: the newest audit entry, since every change writes one in its own transaction,
/// whether it came from the web app or the CLI. Any change anywhere makes every entry stale.
/// The session's CSRF token is spliced in per request, so the cached text holds none: the page
/// is rendered with a fresh random mark in the token's place and kept as the parts around it.
/// No fixed mark exists that a page's content (an SOP's text) could hold to receive every
/// reader's token; a mark is 256 random bits, used once, never sent. The stamp is the one
/// the session middleware read with the session for this very request, so a change made
/// anywhere (this server, another instance, the CLI) shows on the next page.
///
/// A mutex, not an actor: an actor's look-up hops from the connection's event loop to the
/// actor's executor and back on every request, for a dictionary read of a microsecond.
final class PageCache: Sendable {
  struct Key: Hashable {
    var user: String
    var uri: String
    var language: UILanguage
    var day: CivilDate
    var stamp: Int64
  }

  /// Entries kept at most (pages of tens of kilobytes: at most some tens of megabytes).
  static let capacity = 2_000
  private let pages = Mutex<[Key: [String]]>([:])

  func parts(_ key: Key) -> [String]? { pages.withLock { $0[key] } }

  /// Keeps `html`, rendered with `mark` in the CSRF token's place, as the parts around it.
  func store(_ key: Key, html: String, mark: String) -> [String] {
    let parts = html.components(separatedBy: mark)
    pages.withLock { pages in
      if pages.count >= Self.capacity { pages.removeAll(keepingCapacity: true) }
      pages[key] = parts
    }
    return parts
  }

  /// The page from the cache, or rendered by `render` (with a new mark as its CSRF token) and
  /// cached. A user with a message pending (a flash) always gets a fresh page.
  static func page(
    _ app: WebApp, _ request: Request, _ context: WebContext,
    render: (WebContext) async throws -> String
  ) async throws -> Response {
    guard let session = context.session, let user = session.user, let stamp = context.changeStamp,
      context.flash == nil
    else {
      return WebApp.html(try await render(context))
    }
    let key = Key(
      user: user.name, uri: request.uri.description, language: context.language,
      day: app.database.library.today,
      stamp: stamp)
    let parts: [String]
    if let cached = app.pageCache.parts(key) {
      parts = cached
    } else {
      let mark = "csrf-" + Tokens.random()
      var marked = context
      marked.session = session.with(csrf: mark)
      parts = app.pageCache.store(key, html: try await render(marked), mark: mark)
    }
    var buffer = ByteBuffer()
    buffer.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count } + parts.count * session.csrf.utf8.count)
    for (index, part) in parts.enumerated() {
      if index > 0 { buffer.writeString(session.csrf) }
      buffer.writeString(part)
    }
    return Response(status: .ok, headers: WebApp.htmlHeaders, body: .init(byteBuffer: buffer))
  }
}
