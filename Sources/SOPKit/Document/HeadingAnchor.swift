/// Heading anchors as `docs/sop-format.md` defines them: lower-cased, accents folded, runs of
/// anything but letters and digits replaced by one `-`, and `-2`, `-3`... for repeats.
struct HeadingAnchor {
  private var used: [String: Int] = [:]

  /// The slug of `text` without de-duplication.
  static func slug(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for character in TextFolding.fold(text) {
      if character.isLetter || character.isNumber {
        if pendingDash && !out.isEmpty { out.append("-") }
        pendingDash = false
        out.append(character)
      } else {
        pendingDash = true
      }
    }
    return out
  }

  /// The next unique anchor for a heading with `text`.
  mutating func allocate(_ text: String) -> String {
    let base = HeadingAnchor.slug(text)
    guard let last = used[base] else {
      used[base] = 1
      return base
    }
    var number = max(last, 1) + 1
    while used["\(base)-\(number)"] != nil { number += 1 }
    used[base] = number
    used["\(base)-\(number)"] = 1
    return "\(base)-\(number)"
  }
}
