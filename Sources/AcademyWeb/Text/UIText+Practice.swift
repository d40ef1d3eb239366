extension UIText {
  /// Labels of the practice area.
  static let practice: Table = [:]
}
