import Testing

@testable import SOPKit

@Suite struct LineDiffTests {
  @Test func findsTheShortestEdit() {
    let diff = LineDiff.diff("a\nb\nc\nd\n", "a\nc\nd\ne\n")
    #expect(diff.map(\.kind) == [.same, .removed, .same, .same, .added])
    #expect(diff[1] == DiffLine(kind: .removed, oldLine: 2, newLine: nil, text: "b"))
    #expect(diff[4] == DiffLine(kind: .added, oldLine: nil, newLine: 4, text: "e"))
  }

  @Test func reconstructsBothSides() {
    let old = (0..<60).map { "line \($0 % 7) \($0)" }
    var new = old
    new.remove(at: 10)
    new.insert("inserted", at: 30)
    new[45] = "changed"
    let diff = LineDiff.diff(lines: old, new)
    #expect(diff.filter { $0.kind != .added }.map(\.text) == old)
    #expect(diff.filter { $0.kind != .removed }.map(\.text) == new)
    #expect(diff.filter { $0.kind != .same }.count == 4)
  }

  @Test func emptyAndIdentical() {
    #expect(LineDiff.diff("", "").isEmpty)
    #expect(LineDiff.diff("x\n", "x\n").map(\.kind) == [.same])
    #expect(LineDiff.diff("", "x").map(\.kind) == [.added])
  }
}
