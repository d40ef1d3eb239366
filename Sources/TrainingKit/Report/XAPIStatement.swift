/// An xAPI 1.0.3 statement in the shape cmi5 uses: the actor as an account, ADL verbs, an
/// activity object, a result with a scaled score, and the SOP revision in the context.
public struct XAPIStatement: Sendable, Hashable, Codable {
  /// The actor: an agent identified by an account on the academy.
  public struct Actor: Sendable, Hashable, Codable {
    /// The account.
    public struct Account: Sendable, Hashable, Codable {
      /// The academy's address.
      public var homePage: String
      /// The user name.
      public var name: String
    }

    /// Always `Agent`.
    public var objectType = "Agent"
    /// Printed name.
    public var name: String?
    /// The account.
    public var account: Account
  }

  /// The verb: an IRI and its display.
  public struct Verb: Sendable, Hashable, Codable {
    /// The IRI.
    public var id: String
    /// Display text by language.
    public var display: [String: String]
  }

  /// The activity: an SOP, a scenario or a plan item.
  public struct Activity: Sendable, Hashable, Codable {
    /// Its definition.
    public struct Definition: Sendable, Hashable, Codable {
      /// Name by language.
      public var name: [String: String]
      /// Activity type IRI.
      public var type: String
    }

    /// Always `Activity`.
    public var objectType = "Activity"
    /// The IRI.
    public var id: String
    /// What it is.
    public var definition: Definition
  }

  /// The result.
  public struct Result: Sendable, Hashable, Codable {
    /// A score.
    public struct Score: Sendable, Hashable, Codable {
      /// 0...1.
      public var scaled: Double
      /// 0...100.
      public var raw: Double
      /// 0.
      public var min: Double
      /// 100.
      public var max: Double
    }

    /// The score, for attempts.
    public var score: Score?
    /// Passed or not.
    public var success: Bool?
    /// Completed.
    public var completion: Bool?
    /// ISO 8601 duration, e.g. `PT12M30S`.
    public var duration: String?
  }

  /// The context.
  public struct Context: Sendable, Hashable, Codable {
    /// Context activities.
    public struct Activities: Sendable, Hashable, Codable {
      /// A category reference.
      public struct Reference: Sendable, Hashable, Codable {
        /// The IRI.
        public var id: String
      }

      /// Categories (cmi5, moveOn).
      public var category: [Reference]?
    }

    /// The plan assignment as a registration UUID.
    public var registration: String?
    /// The revision of the SOP the statement is about.
    public var revision: String?
    /// Categories.
    public var contextActivities: Activities?
    /// Extensions: the SOP revisions in force, by SOP id.
    public var extensions: [String: [String: String]]?
  }

  /// Deterministic UUID, so exporting twice yields the same statements.
  public var id: String
  /// Who.
  public var actor: Actor
  /// Did what.
  public var verb: Verb
  /// To what.
  public var object: Activity
  /// With which result.
  public var result: Result?
  /// In which context.
  public var context: Context
  /// When (UTC timestamp).
  public var timestamp: String
}
