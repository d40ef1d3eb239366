/// The prerequisite graph of a plan's items.
struct PlanGraph {
  let edges: [String: [String]]
  let order: [String]

  init(items: [PlanItemSpec]) {
    var edges: [String: [String]] = [:]
    for item in items { edges[item.id, default: []] += item.requires }
    self.edges = edges
    order = items.map(\.id)
  }

  /// The first cycle found, as ids from its start back to it; nil when acyclic.
  func cycle() -> [String]? {
    var state: [String: Bool] = [:]  // false: on the stack, true: finished
    var stack: [String] = []
    func visit(_ id: String) -> [String]? {
      if let done = state[id] {
        guard !done, let start = stack.firstIndex(of: id) else { return nil }
        return Array(stack[start...]) + [id]
      }
      state[id] = false
      stack.append(id)
      for next in edges[id] ?? [] where edges[next] != nil {
        if let found = visit(next) { return found }
      }
      stack.removeLast()
      state[id] = true
      return nil
    }
    for id in order {
      if let found = visit(id) { return found }
    }
    return nil
  }
}
