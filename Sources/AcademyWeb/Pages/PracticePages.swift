/// Routes of the practice area.
enum PracticePages {
  static func register(_ routes: WebRoutes) {
  }
}
