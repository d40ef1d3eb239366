import Foundation
import Testing

@testable import AcademyWeb

/// The access log writes one line per request, whole and in order, once flushed.
@Suite struct AccessLogTests {
  private func lines(_ write: (AccessLog) -> Void) throws -> [String] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("access-\(UUID().uuidString)")
      .path
    let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    write(AccessLog(descriptor: descriptor))
    return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test func linesWaitForTheFlushThenComeInOrder() throws {
    let written = try lines { log in
      log.record(method: "GET", path: "/sops/COL-002", status: 200, elapsed: .microseconds(420))
      log.record(method: "POST", path: "/login", status: 303, elapsed: .milliseconds(112) + .microseconds(5))
      log.flush()
    }
    #expect(written.count == 2)
    #expect(written[0].hasSuffix(" info access: GET /sops/COL-002 200 0.42ms"))
    #expect(written[1].hasSuffix(" info access: POST /login 303 112.00ms"))
    #expect(written[0].wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ .*/) != nil)
  }

  @Test func nothingIsWrittenBeforeTheFlush() throws {
    let written = try lines { log in
      log.record(method: "GET", path: "/", status: 200, elapsed: .zero)
    }
    #expect(written.isEmpty)
  }

  @Test func aPathCannotSplitOrForgeALine() throws {
    let written = try lines { log in
      log.record(
        method: "GET", path: "/x\n2026-01-01T00:00:00Z info access: GET /forged", status: 404, elapsed: .zero)
      log.flush()
    }
    #expect(written.count == 1)
    #expect(written[0].contains("/x?2026-01-01T00:00:00Z?info?access:?GET?/forged 404"))
  }
}
