import AcademyServices
import AcademyWeb
import ArgumentParser
import AuditTrail
import Foundation
import Logging

extension Academy {
  /// `academy serve`: the web app.
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the web app (stops cleanly on SIGTERM or SIGINT).")

    @Option(help: "Interface to listen on.") var host = "127.0.0.1"
    @Option(help: "TCP port.") var port = 8080
    @Option(help: "Data folder (default: $ACADEMY_DATA or ./.academy).") var data: String?
    @Option(help: "Folder of SOP files.") var sops = "sops"
    @Option(help: "Folder of scenario files.") var scenarios = "scenarios"
    @Option(help: "Folder of plan templates.") var plans = "plans"
    @Flag(help: "On an empty data folder: import the library, create demo users, assign demo plans.")
    var demo = false
    @Flag(help: "Mark cookies Secure (when a TLS proxy is in front).") var secureCookies = false
    @Flag(help: "A reverse proxy in front sets X-Forwarded-For: throttle by the address it names.")
    var behindProxy = false

    func validate() throws {
      guard (1...65535).contains(port) else { throw ValidationError("--port must be 1-65535, not \(port)") }
    }

    func run() async throws {
      LoggingSystem.bootstrap { label in ServerLogHandler(label: label, level: .info) }
      let logger = Logger(label: "academy")
      let settings = WebSettings(
        host: host, port: port,
        dataFolder: AcademyEnvironment.dataFolder(data),
        content: ContentFolders(sops: sops, scenarios: scenarios, plans: plans), demo: demo,
        secureCookies: secureCookies, behindProxy: behindProxy)
      let app = try await WebApp(settings: settings, clock: AcademyEnvironment.clock, logger: logger)
      if demo,
        let outcome = try await DemoSeed(database: app.database, content: settings.content).seedIfEmpty()
      {
        printDemo(outcome)
      }
      say("academy serving http://\(host):\(port)/ (data: \(settings.dataFolder)); Ctrl-C stops it")
      try await WebServer.run(app)
    }

    /// Writes a line unbuffered, so a script reading the output sees it at once.
    private func say(_ line: String) {
      FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func printDemo(_ outcome: DemoSeed.Outcome) {
      say("Demo data: \(outcome.imported) SOP revisions imported, \(outcome.inForce) in force today")
      for plan in outcome.plans { say("Plan assigned: \(plan)") }
      for problem in outcome.problems { say("warning: \(problem)") }
      say("Demo users (one-time passwords: each is asked for a new one at first log-in):")
      for credential in outcome.credentials {
        let name = credential.name.padding(toLength: 16, withPad: " ", startingAt: 0)
        say("  \(name) \(credential.password)  \(credential.roles.joined(separator: ", "))")
      }
    }
  }
}
