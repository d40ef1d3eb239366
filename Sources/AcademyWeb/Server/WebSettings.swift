import AcademyServices

/// How `academy serve` was asked to run.
public struct WebSettings: Sendable {
  /// Interface to listen on.
  public var host: String
  /// TCP port.
  public var port: Int
  /// Data folder holding `academy.sqlite`.
  public var dataFolder: String
  /// The shipped content folders, imported in demo mode and read for scenarios and plans.
  public var content: ContentFolders
  /// Seed an empty data folder with the library, demo users and a demo plan.
  public var demo: Bool
  /// Mark cookies `Secure` (behind a TLS-terminating proxy).
  public var secureCookies: Bool
  /// A reverse proxy in front sets `X-Forwarded-For`: the client's address is its last entry
  /// (the one the proxy added), not the socket's (which is the proxy's).
  public var behindProxy: Bool

  /// Settings with the defaults of `academy serve`.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, dataFolder: String = ".academy",
    content: ContentFolders = ContentFolders(), demo: Bool = false, secureCookies: Bool = false,
    behindProxy: Bool = false
  ) {
    self.host = host
    self.port = port
    self.dataFolder = dataFolder
    self.content = content
    self.demo = demo
    self.secureCookies = secureCookies
    self.behindProxy = behindProxy
  }
}
