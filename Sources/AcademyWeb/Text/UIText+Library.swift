extension UIText {
  /// Labels of the library area.
  static let library: Table = [:]
}
