import AcademyServices
import Foundation
import Hummingbird
import TrainingKit

/// `/me/changes`: per SOP of the trainee's plans, the revision they acknowledged last, the
/// one in force, what kind of change lies between, and links to the diff and to acknowledge.
enum ChangesPage {
  static func register(_ routes: WebRoutes) {
    let app = routes.app
    routes.get("/me/changes", .only(.trainee)) { _, context in
      try await page(app, context)
    }
  }

  private static func page(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let user = try context.signedIn()
    let text = PracticeText(context)
    var data: [String: Any] = ["styles": ["practice.css"]]
    do {
      let changes = try app.database.plans.changes(trainee: user.name)
      let rows = changes.map { row(for: $0, text) }
      data["changes"] = rows
      data["has_changes"] = !rows.isEmpty
      data["changed_count"] = text.format(
        "prac_changes_count",
        String(changes.filter { $0.acknowledged != $0.current && $0.current != nil }.count))
    } catch TrainingError.noPlan {
      data["notice"] = text("prac_no_plan")
    }
    return try await app.page("practice/changes", title: text("prac_changes_title"), data, context)
  }

  private static func row(for change: ChangeSinceTraining, _ text: PracticeText) -> [String: Any] {
    var row: [String: Any] = [
      "sop": change.sopID, "sop_href": "/sops/\(change.sopID)", "acknowledged": change.acknowledged ?? "—",
      "current": change.current ?? "—",
    ]
    switch (change.acknowledged, change.current) {
    case (_, nil):
      row["status"] = text("prac_change_none_in_force")
      row["badge"] = ""
    case (nil, .some):
      row["status"] = text("prac_change_never")
      row["badge"] = "warn"
      row["ack_href"] = "/me/acknowledge/\(change.sopID)"
    case (let seen?, let current?) where change.diff == nil:
      row["status"] = seen == current ? text("prac_change_up_to_date") : text("prac_change_same_text")
      row["badge"] = "good"
    case (let seen?, let current?):
      row["status"] = text("prac_change_changed")
      row["badge"] = "bad"
      row["ack_href"] = "/me/acknowledge/\(change.sopID)"
      row["diff_href"] = "/sops/\(change.sopID)/diff?from=\(seen)&to=\(current)"
      if let diff = change.diff {
        row["class"] = text("prac_change_class_\(diff.changeClass.rawValue)")
        row["basis"] = diff.basis
        row["procedural"] = diff.changeClass == .procedural
      }
    }
    return row
  }
}
