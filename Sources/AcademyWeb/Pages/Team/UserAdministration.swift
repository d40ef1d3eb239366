import AcademyServices
import Foundation
import Hummingbird
import People

/// The admin's page: every user with roles; add a user, change roles, reset a password. New
/// and reset passwords are one-time passwords shown once, to hand over in person.
enum UserAdministration {
  static func page(
    _ app: WebApp, _ context: WebContext, form: FormData = FormData(), error: String? = nil,
    issued: (user: String, password: String)? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let users = try app.database.users.list().map { account -> [String: Any] in
      let roles = account.roleNames
      return [
        "name": account.name, "full_name": account.fullName, "created": String(account.createdAt.prefix(10)),
        "must_change": account.mustChangePassword,
        "signing_hold": account.signingHoldBy.map {
          String(format: UIText.text("admin_signing_hold", context.language), $0)
        } ?? "",
        "system_roles": Role.system.map {
          [
            "role": $0.name, "label": UIText.roleName($0.name, context.language),
            "checked": roles.contains($0.name),
          ]
        },
        "job_roles": roles.filter { $0.contains("-") }.joined(separator: " "),
      ]
    }
    var data: [String: Any] = [
      "users": users,
      "system_roles": Role.system.map {
        [
          "role": $0.name, "label": UIText.roleName($0.name, context.language),
          "checked": form.values("role").contains($0.name),
        ]
      },
      "new_name": form["name"] ?? "", "new_full_name": form["full_name"] ?? "",
      "new_job_roles": form["job_roles"] ?? "",
    ]
    if let error { data["error"] = error }
    if let issued { data["issued"] = ["user": issued.user, "password": issued.password] }
    return try await app.page(
      "admin/users", title: UIText.text("admin_title", context.language), data, context, status: status)
  }

  static func add(_ app: WebApp, _ context: WebContext) async throws -> Response {
    let form = context.form
    let admin = try context.signedIn().name
    let password = DemoSeed.oneTimePassword()
    do {
      let roles = try self.roles(form)
      let (users, name, fullName) = (
        app.database.users, (form["name"] ?? "").lowercased(), form["full_name"] ?? ""
      )
      _ = try await PasswordWorkers.shared.run {
        try users.add(
          name: name, fullName: fullName, roles: roles, password: password, by: admin,
          mustChangePassword: true)
      }
    } catch let error as PeopleError {
      return try await page(
        app, context, form: form, error: UIText.error(error, context.language), status: .badRequest)
    } catch is NoRoleChosen {
      return try await page(
        app, context, form: form, error: UIText.text("err_no_role", context.language), status: .badRequest)
    }
    return try await page(app, context, issued: ((form["name"] ?? "").lowercased(), password))
  }

  static func setRoles(_ app: WebApp, _ context: WebContext) async throws -> Response {
    guard let name = context.parameters.get("user") else { throw PageError.notFound }
    let admin = try context.signedIn().name
    do {
      try app.database.users.setRoles(name: name, roles: try roles(context.form), by: admin)
    } catch let error as PeopleError {
      return try await page(app, context, error: UIText.error(error, context.language), status: .badRequest)
    } catch is NoRoleChosen {
      return try await page(
        app, context, error: UIText.text("err_no_role", context.language), status: .badRequest)
    }
    let text = String(format: UIText.text("admin_roles_saved", context.language), name)
    return await app.redirect("/admin/users", flash: text, context)
  }

  static func resetPassword(_ app: WebApp, _ context: WebContext) async throws -> Response {
    guard let name = context.parameters.get("user") else { throw PageError.notFound }
    let password = DemoSeed.oneTimePassword()
    do {
      let (users, admin) = (app.database.users, try context.signedIn().name)
      try await PasswordWorkers.shared.run { try users.resetPassword(name: name, to: password, by: admin) }
    } catch let error as PeopleError {
      return try await page(app, context, error: UIText.error(error, context.language), status: .badRequest)
    }
    return try await page(app, context, issued: (name, password))
  }

  /// The ticked system roles plus the job roles typed (space or comma separated).
  /// The form names no role: refused before the directory is asked, in the UI language.
  struct NoRoleChosen: Error {}

  private static func roles(_ form: FormData) throws -> [Role] {
    let typed = (form["job_roles"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    let roles = try (form.values("role") + typed).map { try Role($0.lowercased()) }
    guard !roles.isEmpty else { throw NoRoleChosen() }
    return roles
  }
}
