import Foundation

/// Where signed-in web sessions are kept: one implementation per database engine. Every
/// write commits with its audit entry; nothing here ever writes on a read. A change of a
/// user's roles or password ends their sessions inside its own transaction (`UserDirectory`).
public protocol SessionRepository: Sendable {
  /// The session `idHash` names with its account, as the database holds them now.
  func session(idHash: String) throws -> StoredSession?
  /// A log-in: stores `session`, ends the session `replacing` names (the one the browser had)
  /// and forgets sessions past their end, with an audit entry, in one transaction.
  func start(_ session: WebSessionRecord, replacing: String?) throws
  /// A log-out: removes the session, with an audit entry by its user.
  func end(idHash: String) throws
  /// The session's UI language, with an audit entry.
  func setLanguage(idHash: String, to language: String) throws
  /// The random secret every instance on this database signs its cookies with.
  func cookieSecret() throws -> [UInt8]
}
