/// A role a user holds. The system roles grant permissions; job roles (with a `-`, such as
/// `ar-team-lead`) exist so SOPs can name approvers by position.
public struct Role: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The role's name.
  public let name: String

  /// Reads the SOPs of a plan and practises cases.
  public static let trainee = Role(uncheckedName: "trainee")
  /// Writes, imports and submits SOPs.
  public static let author = Role(uncheckedName: "author")
  /// Reviews and approves SOPs.
  public static let approver = Role(uncheckedName: "approver")
  /// Sets plans, follows the team, makes SOPs obsolete.
  public static let manager = Role(uncheckedName: "manager")
  /// Adds users and runs the installation.
  public static let admin = Role(uncheckedName: "admin")
  /// The roles that grant permissions.
  public static let system: [Role] = [.trainee, .author, .approver, .manager, .admin]

  private init(uncheckedName: String) {
    name = uncheckedName
  }

  /// Accepts a system role, or a job role: lower-case letters, digits and `-`, with at least
  /// one `-` (so a typo of a system role such as `admn` is refused, not silently kept).
  public init(_ name: String) throws(PeopleError) {
    if Role.system.contains(where: { $0.name == name }) {
      self.init(uncheckedName: name)
      return
    }
    let allowed = name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard allowed, name.contains("-"), !name.hasPrefix("-"), !name.hasSuffix("-"), name.count <= 64 else {
      throw .invalidRole(name)
    }
    self.init(uncheckedName: name)
  }

  /// The name.
  public var description: String { name }

  /// Orders by name.
  public static func < (lhs: Role, rhs: Role) -> Bool { lhs.name < rhs.name }
}
