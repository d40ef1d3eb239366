import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOPosix
import Testing

@testable import AcademyWeb

/// Connections are handled on their own event loop, and the served app answers as in process.
@Suite struct ConnectionChannelTests {
  @Test func aTaskPreferringTheExecutorRunsOnItsEventLoop() async throws {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
    let loop = group.next()
    let ran = await withTaskExecutorPreference(EventLoopExecutor(loop)) {
      let before = loop.inEventLoop
      try? await Task.sleep(nanoseconds: 1_000_000)  // resumes through the executor
      return (before, loop.inEventLoop)
    }
    #expect(ran.0 && ran.1)
    #expect(!loop.inEventLoop)
    try await group.shutdownGracefully()
  }

  @Test func theServedAppAnswersManyConnectionsAtOnce() async throws {
    let harness = try await WebHarness.make(port: 0)
    try await harness.testServed { client in
      var browser = try await TestBrowser.signedIn("tom.baker", client)
      let page = try await browser.get("/sops/COL-002")
      #expect(page.status == .ok)
      #expect(page.text.contains(try #require(browser.csrf)))
      #expect(page.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy)
      let cookie = try #require(browser.cookie)
      let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
        for _ in 0..<32 {
          group.addTask {
            try await client.execute(uri: "/sops/COL-002", method: .get, headers: [.cookie: cookie]).status
          }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      #expect(statuses.count == 32 && statuses.allSatisfy { $0 == .ok })
    }
  }
}
