import People

/// The manager's pages: dashboard, plan assignment, answering risks and exports; and the
/// admin's user management.
enum TeamPages {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    let manager = Access.only(.manager)
    routes.get("/team", manager) { request, context in
      try await TeamDashboard.page(app, request, context)
    }
    routes.post("/team/risks/:id/answer", manager) { _, context in
      try await TeamDashboard.answerRisk(app, context)
    }
    routes.get("/team/assign", manager) { _, context in
      try await PlanAssignment.page(app, context)
    }
    routes.post("/team/assign", manager) { _, context in
      try await PlanAssignment.assign(app, context)
    }
    routes.get("/team/export/:name", manager) { request, context in
      try TeamExports.file(app, request, context)
    }
    let admin = Access.only(.admin)
    routes.get("/admin/users", admin) { _, context in
      try await UserAdministration.page(app, context)
    }
    routes.post("/admin/users", admin) { _, context in
      try await UserAdministration.add(app, context)
    }
    routes.post("/admin/users/:user/roles", admin) { _, context in
      try await UserAdministration.setRoles(app, context)
    }
    routes.post("/admin/users/:user/reset", admin) { _, context in
      try await UserAdministration.resetPassword(app, context)
    }
  }
}
