/// Routes of the library area.
enum LibraryPages {
  static func register(_ routes: WebRoutes) {
  }
}
