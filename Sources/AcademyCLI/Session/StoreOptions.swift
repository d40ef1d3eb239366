import AcademyServices
import ArgumentParser
import AuditTrail
import Foundation
import People
import SOPKit

/// Flags every command that uses the database shares: where the data lives, who acts, and
/// how that person proves it.
///
/// `--as` alone is a claim: reads accept it. A command that changes data proves who acts
/// (`provenActor`): the person's password (a prompt without echo on a terminal, or
/// `--password-stdin`), or an admin-issued automation token (`--token-stdin` or
/// `ACADEMY_TOKEN`), which the audit trail names. An e-signature (`signingSigner`) takes the
/// person's password only.
struct StoreOptions: ParsableArguments {
  @Option(name: .long, help: "Data folder (default: $ACADEMY_DATA or ./.academy).")
  var data: String?

  @Option(name: .customLong("as"), help: "Act as this user (default: $ACADEMY_USER).")
  var actor: String?

  @Flag(name: .long, help: "Read the password from the first line of standard input.")
  var passwordStdin = false

  @Flag(
    name: .long,
    help: "Prove who acts with an automation token read from standard input (default: $ACADEMY_TOKEN).")
  var tokenStdin = false

  func validate() throws {
    if passwordStdin, tokenStdin { throw ValidationError("give --password-stdin or --token-stdin, not both") }
  }

  /// `--data`, else `ACADEMY_DATA`, else `./.academy`.
  var dataFolder: String {
    AcademyEnvironment.dataFolder(data)
  }

  /// `--as`, else `ACADEMY_USER`: a claim, enough for reads.
  var actorName: String? {
    actor ?? ProcessInfo.processInfo.environment["ACADEMY_USER"]
  }

  /// Opens the database. `ACADEMY_NOW` (an ISO timestamp) fixes the clock, for tests and demos.
  func open() throws -> AcademyDatabase {
    try AcademyDatabase.open(folder: dataFolder, clock: AcademyEnvironment.clock)
  }

  /// Whether a token is the proof: `--token-stdin`, or `ACADEMY_TOKEN` unless a password is
  /// piped in explicitly.
  private var tokenFromEnvironment: String? {
    guard !passwordStdin, let token = ProcessInfo.processInfo.environment["ACADEMY_TOKEN"], !token.isEmpty
    else { return nil }
    return token
  }

  /// The acting user, proven: every command that changes data calls this (or `signingSigner`).
  /// `action` names the command in the error that says how to prove; `tokens: false` refuses a
  /// token (managing users and tokens needs an admin's own password).
  func provenActor(in database: AcademyDatabase, for action: String, tokens: Bool = true) throws -> Signer {
    if tokenStdin || tokenFromEnvironment != nil {
      let secret = try tokenStdin ? PasswordReader.line() : tokenFromEnvironment ?? ""
      let signer = try database.users.prove(token: secret)
      guard tokens else { throw PeopleError.tokenCannotManage(signer.userName) }
      if let claimed = actorName, claimed != signer.userName {
        throw ProofError.tokenOfAnotherUser(
          token: signer.credential ?? "", owner: signer.userName, claimed: claimed)
      }
      return signer
    }
    guard let name = actorName else { throw ProofError.noActor }
    _ = try database.users.signer(named: name)
    let password: String
    do {
      password = try PasswordReader.read(fromStandardInput: passwordStdin, prompt: "Password for \(name): ")
    } catch ProofError.noPassword {
      throw ProofError.noProof(user: name, action: action)
    }
    return try Self.checkOwn(name: name, password: password, in: database)
  }

  /// The acting user, authenticated by their own password: the two components of an
  /// e-signature. A token never signs.
  func signingSigner(in database: AcademyDatabase) throws -> Signer {
    guard let name = actorName else { throw ProofError.noActor }
    if tokenStdin { throw ProofError.tokenCannotSign(user: name) }
    _ = try database.users.signer(named: name)
    let password: String
    do {
      password = try PasswordReader.read(fromStandardInput: passwordStdin, prompt: "Password for \(name): ")
    } catch ProofError.noPassword {
      throw ProofError.tokenCannotSign(user: name)
    }
    return try Self.checkOwn(name: name, password: password, in: database)
  }

  /// The user's own password, checked through the same throttle as the web's (counted per
  /// user name and client, in the database; the command line is one client, `cli`).
  static func checkOwn(name: String, password: String, in database: AcademyDatabase) throws -> Signer {
    try database.users.proveOwn(name: name, password: password, from: Users.commandLine)
  }
}
