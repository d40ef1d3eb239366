import ArgumentParser
import Testing

@testable import AcademyCLI

@Suite struct AcademyTests {
  @Test func parsesASubcommandGroup() throws {
    let command = try Academy.parseAsRoot(["sop"])
    #expect(command is Academy.SOP)
  }
}
