/// Something wrong in a file's front matter, found while parsing it. `FrontMatterRule` turns
/// each into a finding and declares the messages.
struct FrontMatterProblem: Sendable, Hashable {
  /// What is wrong.
  enum Kind: Sendable, Hashable {
    /// `---` opens front matter that no `---` or `...` line closes.
    case unclosed
    /// The YAML does not parse; libyaml's wording.
    case syntax(String)
    /// The YAML is a list or a single value instead of `key: value` lines.
    case notAMapping
    /// A required key is absent (or has an empty value).
    case missingKey(String)
    /// A key has a value of the wrong shape.
    case wrongType(key: String, expected: String)
    /// `id` or `translation_of` does not match the id pattern.
    case invalidID(key: String, value: String)
    /// `language` is not `en` or `es`.
    case invalidLanguage(String)
    /// `effective` is not a real `YYYY-MM-DD` date.
    case invalidDate(String)
    /// An integer outside its range.
    case outOfRange(key: String, value: Int, range: ClosedRange<Int>)
    /// A list that must hold at least one entry is empty.
    case emptyList(String)
    /// A key the format does not define, with the nearest known key if it looks like a typo.
    case unknownKey(String, suggestion: String?)
  }

  /// What is wrong.
  var kind: Kind
  /// Where (file position).
  var position: SourcePosition
}
