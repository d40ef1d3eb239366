import AcademyServices
import AuditTrail
import Foundation
import Logging

/// Everything a request handler needs: the database, the views, sessions and settings.
/// One per server; shared by every request.
public final class WebApp: Sendable {
  let settings: WebSettings
  /// The academy database.
  public let database: AcademyDatabase
  let views: Views
  /// The sessions, with their cache of session rows: one per server.
  let sessions: Sessions
  let pages = RenderedPageCache()
  let pageCache = PageCache()
  let accessLog = AccessLog()
  let logger: Logger

  /// Opens the data folder (creating and migrating it) and loads the templates and assets.
  public init(settings: WebSettings, clock: TimeSource = .system, logger: Logger) async throws {
    self.settings = settings
    self.logger = logger
    database = try AcademyDatabase.open(folder: settings.dataFolder, clock: clock)
    sessions = try database.sessions
    views = try await Views.load()
  }
}
