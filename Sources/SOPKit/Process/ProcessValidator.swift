/// Checks that need the whole block and the document around it: references between steps,
/// cycles in `after`, and sections that must be headings of the same SOP.
enum ProcessValidator {
  /// Problems in `parsed`, given the anchors of the document's headings.
  static func validate(_ parsed: ProcessParser.Result, anchors: Set<String>) -> [ProcessProblem] {
    var problems: [ProcessProblem] = []
    let ids = parsed.declaredIDs.sorted()
    for reference in parsed.references {
      if reference.from == reference.to {
        problems.append(.init(kind: .selfReference(reference.to), position: reference.position))
      } else if !parsed.declaredIDs.contains(reference.to) {
        let suggestion = NameSuggestion.nearest(to: reference.to, in: ids)
        problems.append(
          .init(kind: .unknownStep(reference.to, suggestion: suggestion), position: reference.position))
      }
    }
    let sortedAnchors = anchors.sorted()
    for section in parsed.sections where !anchors.contains(section.anchor) {
      let suggestion = NameSuggestion.nearest(to: section.anchor, in: sortedAnchors)
      problems.append(
        .init(kind: .unknownSection(section.anchor, suggestion: suggestion), position: section.position))
    }
    if let steps = parsed.spec?.steps, let cycle = firstCycle(in: steps) {
      let line = steps.first { $0.id == cycle[0] }?.line ?? parsed.spec?.line ?? 1
      problems.append(.init(kind: .cycle(cycle), position: SourcePosition(line: line, column: 1)))
    }
    return problems
  }

  /// The first loop in the `after` graph, as step ids starting and ending with the same id,
  /// found by an iterative depth-first search (no recursion on input-sized graphs).
  static func firstCycle(in steps: [ProcessStep]) -> [String]? {
    var edges: [String: [String]] = [:]
    for step in steps { edges[step.id] = step.after.filter { $0 != step.id } }
    enum Mark { case visiting, done }
    var marks: [String: Mark] = [:]
    for start in steps.map(\.id) where marks[start] == nil {
      var path: [String] = [start]
      var pending: [[String]] = [edges[start] ?? []]
      marks[start] = .visiting
      while !path.isEmpty {
        guard let next = pending[pending.count - 1].popLast() else {
          marks[path.removeLast()] = .done
          pending.removeLast()
          continue
        }
        switch marks[next] {
        case .visiting:
          let loopStart = path.firstIndex(of: next) ?? 0
          return Array(path[loopStart...]) + [next]
        case .done:
          continue
        case nil:
          guard edges[next] != nil else { continue }
          marks[next] = .visiting
          path.append(next)
          pending.append(edges[next] ?? [])
        }
      }
    }
    return nil
  }
}
