extension UIText {
  /// Labels of the team area.
  static let team: Table = [:]
}
