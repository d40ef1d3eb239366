/// Routes of the practice area: the trainee's plan, acknowledgements, what changed, and the
/// case workbench. Each page's handlers live in `Pages/Practice/`.
enum PracticePages {
  static func register(_ routes: WebRoutes) {
    PlanPage.register(routes)
    AcknowledgePage.register(routes)
    ChangesPage.register(routes)
    CaseCatalogPage.register(routes)
    WorkbenchPage.register(routes)
    ScorePage.register(routes)
  }
}
