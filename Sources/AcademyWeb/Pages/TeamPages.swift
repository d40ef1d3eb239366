/// Routes of the team area.
enum TeamPages {
  static func register(_ routes: WebRoutes) {
  }
}
