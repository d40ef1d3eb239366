/// What changed between two revisions, by section anchor and by process step id.
public struct StructuralSummary: Sendable, Hashable, Codable {
  /// Anchors of sections only in the new revision.
  public var sectionsAdded: [String] = []
  /// Anchors of sections only in the old revision.
  public var sectionsRemoved: [String] = []
  /// Anchors of sections in both whose text differs beyond whitespace.
  public var sectionsChanged: [String] = []
  /// Step ids only in the new revision.
  public var stepsAdded: [String] = []
  /// Step ids only in the old revision.
  public var stepsRemoved: [String] = []
  /// Step ids in both whose keys differ.
  public var stepsChanged: [String] = []
  /// Whether the process block's other keys (tolerances, pass mark) differ.
  public var processSettingsChanged = false

  /// Compares two outlines.
  public init(old: SOPOutline, new: SOPOutline) {
    let oldSections = Dictionary(old.sections.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    let newSections = Dictionary(new.sections.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    sectionsAdded = new.sections.map(\.slug).filter { oldSections[$0] == nil }
    sectionsRemoved = old.sections.map(\.slug).filter { newSections[$0] == nil }
    sectionsChanged = new.sections.compactMap { section in
      guard let before = oldSections[section.slug] else { return nil }
      let changed =
        StructuralSummary.normalized(SOPOutline.withoutProcessBlock(before.body))
        != StructuralSummary.normalized(SOPOutline.withoutProcessBlock(section.body))
        || before.heading != section.heading
      return changed ? section.slug : nil
    }
    stepsAdded = new.stepOrder.filter { old.steps[$0] == nil }
    stepsRemoved = old.stepOrder.filter { new.steps[$0] == nil }
    stepsChanged = new.stepOrder.filter { id in old.steps[id].map { $0 != new.steps[id] } ?? false }
    processSettingsChanged = old.processSettings != new.processSettings
  }

  /// Whether nothing structural changed.
  public var isEmpty: Bool {
    sectionsAdded.isEmpty && sectionsRemoved.isEmpty && sectionsChanged.isEmpty && !stepsTouched
  }

  /// Whether any process step or setting changed.
  public var stepsTouched: Bool {
    !stepsAdded.isEmpty || !stepsRemoved.isEmpty || !stepsChanged.isEmpty || processSettingsChanged
  }

  /// Text with every run of whitespace made one space, so re-wrapping is no change.
  static func normalized(_ lines: [String]) -> String {
    lines.joined(separator: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
