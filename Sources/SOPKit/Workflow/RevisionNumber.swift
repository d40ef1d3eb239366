/// A revision's label. Drafts count minor numbers on the last approved major (0.1, 0.2
/// before the first approval; 1.1, 1.2 after 1.0); approval promotes a draft to the next
/// major (0.2 -> 1.0, 1.2 -> 2.0). Approved numbers always end in `.0`, draft numbers
/// never do, so a revision is found by either label.
public struct RevisionNumber: Sendable, Hashable, Comparable, Codable {
  /// The approved generation.
  public var major: Int
  /// The draft count within it; 0 for an approved revision.
  public var minor: Int

  /// Creates a number.
  public init(major: Int, minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `MAJOR.MINOR` (`1.2`); nil otherwise.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]), major >= 0, minor >= 0,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) })
    else { return nil }
    self.init(major: major, minor: minor)
  }

  /// The number of the first draft of a new SOP.
  public static let first = RevisionNumber(major: 0, minor: 1)

  /// The next draft after the SOP's latest revision (whatever its state).
  public var nextDraft: RevisionNumber { RevisionNumber(major: major, minor: minor + 1) }

  /// The number this draft takes when approved.
  public var approved: RevisionNumber { RevisionNumber(major: minor == 0 ? major : major + 1, minor: 0) }

  /// Whether this labels an approved revision.
  public var isApprovedNumber: Bool { minor == 0 }

  /// Orders by major, then minor.
  public static func < (lhs: RevisionNumber, rhs: RevisionNumber) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }
}

extension RevisionNumber: CustomStringConvertible {
  /// `MAJOR.MINOR`.
  public var description: String { "\(major).\(minor)" }
}
