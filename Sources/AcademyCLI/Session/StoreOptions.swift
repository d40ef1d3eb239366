import AcademyServices
import ArgumentParser
import AuditTrail
import Foundation
import People
import SOPKit

/// Flags every command that uses the database shares: where the data lives, who acts, and
/// how the password arrives.
struct StoreOptions: ParsableArguments {
  @Option(name: .long, help: "Data folder (default: $ACADEMY_DATA or ./.academy).")
  var data: String?

  @Option(name: .customLong("as"), help: "Act as this user (default: $ACADEMY_USER).")
  var actor: String?

  @Flag(name: .long, help: "Read the password from the first line of standard input.")
  var passwordStdin = false

  /// `--data`, else `ACADEMY_DATA`, else `./.academy`.
  var dataFolder: String {
    AcademyEnvironment.dataFolder(data)
  }

  /// `--as`, else `ACADEMY_USER`.
  var actorName: String? {
    actor ?? ProcessInfo.processInfo.environment["ACADEMY_USER"]
  }

  /// Opens the database. `ACADEMY_NOW` (an ISO timestamp) fixes the clock, for tests and demos.
  func open() throws -> AcademyDatabase {
    try AcademyDatabase.open(folder: dataFolder, clock: AcademyEnvironment.clock)
  }

  /// The acting user, looked up without a password (commands that do not sign).
  func actingSigner(in database: AcademyDatabase) throws -> Signer {
    guard let name = actorName else { throw SessionError.noActor }
    return try database.people.signer(named: name)
  }

  /// The acting user, authenticated by password: the two components of an e-signature.
  func signingSigner(in database: AcademyDatabase) throws -> Signer {
    guard let name = actorName else { throw SessionError.noActor }
    _ = try database.people.signer(named: name)
    let password = try PasswordReader.read(fromStandardInput: passwordStdin, prompt: "Password for \(name): ")
    return try database.people.authenticate(name: name, password: password)
  }
}
