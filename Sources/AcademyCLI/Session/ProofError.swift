import Foundation

/// Why a command could not tell or prove who acts: the command line's own flags and prompts.
enum ProofError: Error, Equatable {
  /// No `--as` or `ACADEMY_USER` for a command that acts.
  case noActor
  /// No password could be read.
  case noPassword
  /// A command that changes data got no proof of who acts (user, command).
  case noProof(user: String, action: String)
  /// The token belongs to another user than the one `--as` names.
  case tokenOfAnotherUser(token: String, owner: String, claimed: String)
  /// An e-signature was asked for without the person's password (a token, or nothing).
  case tokenCannotSign(user: String)
}

extension ProofError: LocalizedError {
  /// What went wrong and what to do.
  var errorDescription: String? {
    switch self {
    case .noActor:
      return "say who is acting: --as NAME or the ACADEMY_USER environment variable"
    case .noPassword:
      return "no password given: use --password-stdin or run on a terminal to be prompted"
    case .noProof(let user, let action):
      return
        "\(action) changes data, so \(user) must prove who acts: give \(user)'s password (typed at the "
        + "prompt on a terminal, or on standard input with --password-stdin), or an automation token "
        + "(ACADEMY_TOKEN or --token-stdin; an admin issues one with 'academy token issue \(user) --as ADMIN')"
    case .tokenOfAnotherUser(let token, let owner, let claimed):
      return
        "\(token) acts as \(owner), not \(claimed): drop --as (and ACADEMY_USER) or use \(claimed)'s own proof"
    case .tokenCannotSign(let user):
      return
        "a signature needs \(user)'s own password (typed at the prompt on a terminal, or with "
        + "--password-stdin); an automation token cannot sign"
    }
  }
}
