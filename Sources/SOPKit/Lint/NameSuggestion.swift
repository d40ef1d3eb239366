/// "Did you mean...?" for misspelt keys, actions, step ids and anchors.
enum NameSuggestion {
  /// The candidate closest to `name` by edit distance, if it is within 2 edits (or a third
  /// of the name for long names), so `approver` suggests `approvers` but `foo` suggests nothing.
  /// A candidate that starts with the name (`#role` for `roles-and-responsibilities`) is
  /// suggested too, the shortest first.
  static func nearest(to name: String, in candidates: [String]) -> String? {
    let lowered = name.lowercased()
    if lowered.count >= 3,
      let prefixed = candidates.filter({ $0.hasPrefix(lowered) }).min(by: { $0.count < $1.count })
    {
      return prefixed
    }
    let limit = max(2, name.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(Array(name.lowercased()), Array(candidate))
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  private static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    guard !lhs.isEmpty else { return rhs.count }
    guard !rhs.isEmpty else { return lhs.count }
    var previous = Array(0...rhs.count)
    for (i, left) in lhs.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: rhs.count)
      for (j, right) in rhs.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
      }
      previous = current
    }
    return previous[rhs.count]
  }
}
