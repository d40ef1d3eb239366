/// A person as SOPKit sees them: enough to check a role and print a signature. The account
/// behind it (password, login) belongs to the layer above, which authenticates and hands
/// this value over.
public struct Signer: Sendable, Hashable, Codable {
  /// Unique user name, e.g. `ana.ruiz`.
  public var userName: String
  /// Full printed name shown on signatures, e.g. `Ana Ruiz Ortega`.
  public var printedName: String
  /// Roles held: the system roles (`author`, `approver`, `manager`, `admin`, `trainee`) and
  /// job roles that SOPs name as approvers (`ar-team-lead`).
  public var roles: Set<String>
  /// How the person was proven when not by their own password, e.g. `token t3` for an
  /// admin-issued automation token; the audit trail names it beside the user name.
  public var credential: String?

  /// Creates a signer.
  public init(userName: String, printedName: String, roles: Set<String>, credential: String? = nil) {
    self.userName = userName
    self.printedName = printedName
    self.roles = roles
    self.credential = credential
  }

  /// The actor the audit trail records: the user name, with the credential when there is one
  /// (`ci-bot (token t3)`), so automation is told apart from a person.
  public var auditName: String {
    credential.map { "\(userName) (\($0))" } ?? userName
  }

  /// Whether the signer holds `role`.
  public func holds(_ role: String) -> Bool { roles.contains(role) }

  /// Whether the signer holds any of `roles`.
  public func holdsAny(_ roles: [String]) -> Bool { roles.contains(where: holds) }

  /// Whether an entry of a front matter `approvers` list (a user name or a role) names this signer.
  public func fills(approverEntry entry: String) -> Bool {
    entry == userName || roles.contains(entry)
  }
}
