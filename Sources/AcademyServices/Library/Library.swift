import CivilCalendar
import People
import SOPKit

/// The SOP library's use cases, each once for the web pages and the CLI commands: import
/// with lint, drafts, submit, signatures, obsolescence, who may sign what, and the reads
/// (list, search, show, history, diff). Writes take the acting `Signer` as the caller proved
/// it (a session, a password, a token); an e-signature takes one proven by the signer's own
/// password.
public struct Library: Sendable {
  /// Parses a stored revision: the web passes its cache of parsed revisions, the CLI parses.
  public typealias RevisionParser = @Sendable (StoredRevision) async -> SOPDocument

  let repository: any SOPRepository
  let signers: @Sendable (String) throws -> Signer

  /// A library over `repository`; `signers` finds the signer of a user name.
  public init(repository: any SOPRepository, signers: @escaping @Sendable (String) throws -> Signer) {
    self.repository = repository
    self.signers = signers
  }

  /// Today's UTC day by the library's clock.
  public var today: CivilDate { repository.today }

  /// The signer of `name`, with the roles they hold now, for a caller that has already
  /// proven who acts (a signed-in web session).
  public func actor(named name: String) throws -> Signer { try signers(name) }

  /// Parses a revision's stored bytes.
  public static let parse: RevisionParser = { revision in
    SOPDocument.parse(SourceFile(path: revision.sourcePath, text: revision.content)).document
  }
}

extension AcademyDatabase {
  /// The SOP library's use cases over this database.
  public var library: Library {
    let people = people
    return Library(repository: store, signers: { try people.signer(named: $0) })
  }
}
