import Yams

/// A process block reduced to canonical text per step, so reordering keys or changing quotes
/// and indentation is not a change, while any changed value is.
struct ProcessCanon {
  var steps: [String: String] = [:]
  var order: [String] = []
  var settings = ""

  init(yaml: String) {
    guard !yaml.isEmpty, let loaded = try? Yams.load(yaml: yaml), let root = loaded as? [String: Any] else {
      settings = yaml.isEmpty ? "" : "unreadable:" + yaml
      return
    }
    var rest = root
    rest["steps"] = nil
    settings = ProcessCanon.canonical(rest)
    for (index, item) in ((root["steps"] as? [Any]) ?? []).enumerated() {
      let id = ((item as? [String: Any])?["id"]).map { "\($0)" } ?? "#\(index + 1)"
      guard steps[id] == nil else { continue }
      steps[id] = ProcessCanon.canonical(item)
      order.append(id)
    }
  }

  static func canonical(_ value: Any) -> String {
    switch value {
    case let map as [String: Any]:
      let pairs = map.keys.sorted().map { "\($0)=\(canonical(map[$0] ?? ""))" }
      return "{" + pairs.joined(separator: ",") + "}"
    case let list as [Any]:
      return "[" + list.map(canonical).joined(separator: ",") + "]"
    default:
      return "\(value)"
    }
  }
}
