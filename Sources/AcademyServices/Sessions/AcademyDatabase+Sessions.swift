import People

extension AcademyDatabase {
  /// The web's sessions over this database. Each call reads the cookie secret and starts an
  /// empty cache: a server makes one and keeps it.
  public var sessions: Sessions {
    get throws {
      try Sessions(repository: SessionStore(writer: pool, clock: clock), stamps: changes, clock: clock)
    }
  }
}
