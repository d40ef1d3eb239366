import Foundation
import Hummingbird

/// Whole pages as a user last saw them, for pages read far more often than anything changes
/// (an SOP, a search). An entry is keyed by user, address, UI language, day and the database's
/// change stamp: the newest audit entry, since every change writes one in its own transaction,
/// whether it came from the web app or the CLI. Any change anywhere makes every entry stale.
/// The session's CSRF token is spliced in per request, so the cached text holds none: the page
/// is rendered with a fresh random mark in the token's place and kept as the parts around it.
/// No fixed mark exists that a page's content (an SOP's text) could hold to receive every
/// reader's token; a mark is 256 random bits, used once, never sent. The stamp
/// itself is read at most every 50 ms, and again right after any form this server handles:
/// a change made here shows at once, one made by the CLI within 50 ms.
actor PageCache {
  struct Key: Hashable {
    var user: String
    var uri: String
    var language: UILanguage
    var day: String
    var stamp: Int64
  }

  /// Entries kept at most (pages of tens of kilobytes: at most some tens of megabytes).
  static let capacity = 2_000
  /// How long a stamp read is trusted, in nanoseconds.
  static let stampLifetime: UInt64 = 50_000_000
  private var pages: [Key: [String]] = [:]
  private var stamp: (value: Int64, readAt: UInt64)?

  /// A page's key under the stamp and its parts if cached.
  typealias Entry = (key: Key, parts: [String]?)

  /// The entry of `page` (its stamp left out) under the stamp read less than `stampLifetime`
  /// ago, or nil: then the caller reads the stamp and asks `lookup(_:stamp:readAt:)`. The stamp
  /// and the page come in one call: a second actor call per request cost about 1 % of the CPU
  /// on the cached SOP page (perf, 2026-12-03).
  func lookup(_ page: Key, now: UInt64) -> Entry? {
    guard let stamp, now &- stamp.readAt < Self.stampLifetime else { return nil }
    return entry(page, stamp.value)
  }

  /// The entry of `page` under a stamp just read, which is remembered.
  func lookup(_ page: Key, stamp value: Int64, readAt: UInt64) -> Entry {
    stamp = (value, readAt)
    return entry(page, value)
  }

  private func entry(_ page: Key, _ stamp: Int64) -> Entry {
    var key = page
    key.stamp = stamp
    return (key, pages[key])
  }

  /// Called after every POST: the next page reads the stamp again.
  func forgetStamp() {
    stamp = nil
  }

  /// Keeps `html`, rendered with `mark` in the CSRF token's place, as the parts around it.
  func store(_ key: Key, html: String, mark: String) -> [String] {
    let parts = html.components(separatedBy: mark)
    if pages.count >= Self.capacity { pages.removeAll(keepingCapacity: true) }
    pages[key] = parts
    return parts
  }

  /// The page from the cache, or rendered by `render` (with a new mark as its CSRF token) and
  /// cached. A user
  /// with a message pending (a flash) always gets a fresh page.
  static func page(
    _ app: WebApp, _ request: Request, _ context: WebContext,
    render: (WebContext) async throws -> String
  ) async throws -> Response {
    guard let session = context.session, let user = session.user, session.flash == nil else {
      return WebApp.html(try await render(context))
    }
    let now = DispatchTime.now().uptimeNanoseconds
    let page = Key(
      user: user.name, uri: request.uri.description, language: context.language,
      day: app.database.store.today, stamp: 0)
    let found: Entry
    if let recent = await app.pageCache.lookup(page, now: now) {
      found = recent
    } else {
      found = await app.pageCache.lookup(page, stamp: try app.database.changeStamp(), readAt: now)
    }
    let key = found.key
    let parts: [String]
    if let cached = found.parts {
      parts = cached
    } else {
      let mark = "csrf-" + Tokens.random()
      var marked = context
      marked.session?.csrf = mark
      parts = await app.pageCache.store(key, html: try await render(marked), mark: mark)
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
