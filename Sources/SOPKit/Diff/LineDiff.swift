/// One line of a line diff.
public struct DiffLine: Sendable, Hashable, Codable {
  /// Whether the line was kept, removed or added.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// In both texts.
    case same
    /// Only in the old text.
    case removed
    /// Only in the new text.
    case added
  }

  /// Kept, removed or added.
  public var kind: Kind
  /// 1-based line in the old text (nil for added lines).
  public var oldLine: Int?
  /// 1-based line in the new text (nil for removed lines).
  public var newLine: Int?
  /// The line's text, without its newline.
  public var text: String
}

/// Myers' O((N+M)D) line diff: the shortest edit script between two texts.
public enum LineDiff {
  /// Edit distances above this give up on a minimal script and report a full replacement,
  /// so two unrelated large files cannot take quadratic memory or time.
  public static let maximumEdits = 2_000

  /// Splits text into lines (a final newline does not make an extra empty line).
  public static func lines(of text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The diff of `old` against `new`, line by line.
  public static func diff(_ old: String, _ new: String) -> [DiffLine] {
    diff(lines: lines(of: old), lines(of: new))
  }

  /// The diff of two line arrays.
  public static func diff(lines a: [String], _ b: [String]) -> [DiffLine] {
    guard let trace = shortestEditTrace(a, b) else { return replacement(a, b) }
    return backtrack(a, b, trace)
  }

  /// The `V` arrays of each edit step (only the diagonals the step can reach), or nil past
  /// `maximumEdits`.
  private static func shortestEditTrace(_ a: [String], _ b: [String]) -> [[Int]]? {
    let n = a.count
    let m = b.count
    let limit = min(n + m, maximumEdits)
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    var trace: [[Int]] = []
    for d in 0...limit {
      trace.append(Array(v[(offset - d)...(offset + d)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
          ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m { return trace }
      }
    }
    return nil
  }

  private static func backtrack(_ a: [String], _ b: [String], _ trace: [[Int]]) -> [DiffLine] {
    var x = a.count
    var y = b.count
    var reversed: [DiffLine] = []
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let v = trace[d]
      func at(_ k: Int) -> Int { v[k + d] }  // trace[d] covers diagonals -d...d
      let k = x - y
      let previousK: Int
      if d == 0 {
        previousK = 0
      } else if k == -d || (k != d && at(k - 1) < at(k + 1)) {
        previousK = k + 1
      } else {
        previousK = k - 1
      }
      let previousX = d == 0 ? 0 : at(previousK)
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        reversed.append(DiffLine(kind: .same, oldLine: x, newLine: y, text: a[x - 1]))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          reversed.append(DiffLine(kind: .added, oldLine: nil, newLine: y, text: b[y - 1]))
        } else {
          reversed.append(DiffLine(kind: .removed, oldLine: x, newLine: nil, text: a[x - 1]))
        }
      }
      x = previousX
      y = previousY
    }
    return reversed.reversed()
  }

  private static func replacement(_ a: [String], _ b: [String]) -> [DiffLine] {
    a.enumerated().map { DiffLine(kind: .removed, oldLine: $0.offset + 1, newLine: nil, text: $0.element) }
      + b.enumerated().map { DiffLine(kind: .added, oldLine: nil, newLine: $0.offset + 1, text: $0.element) }
  }
}
