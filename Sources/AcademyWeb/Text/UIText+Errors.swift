import People
import SOPKit
import TrainingKit

/// The training and user errors a page shows, in the UI language: what is wrong and what to
/// do, naming the field as the form labels it. The command line keeps the errors' own
/// English wording (`errorDescription`), which names its flags.
extension UIText {
  static let errors: Table = [
    "err_not_permitted": (
      "This needs the role %@, which you do not hold.", "Esto requiere el rol %@, que usted no tiene."
    ),
    "err_not_a_trainee": (
      "%@ is not a trainee: plans are assigned to trainees. An admin gives %@ the role trainee first.",
      "%@ no es alumno: los planes se asignan a alumnos. Un administrador le da antes el rol alumno a %@."
    ),
    "err_invalid_date": (
      "%@: “%@” is not a date. Type it as YYYY-MM-DD, e.g. 2026-12-07.",
      "%@: «%@» no es una fecha. Escríbala como AAAA-MM-DD, p. ej. 2026-12-07."
    ),
    "err_due_before_start": (
      "Due date: %@ is before the start date %@. Choose a due date on or after the start.",
      "Fecha límite: %@ es anterior a la fecha de inicio %@. Elija una fecha límite igual o posterior al inicio."
    ),
    "err_no_current_revision": (
      "%@ has no revision in force today: it can be acknowledged once a revision is approved and effective.",
      "%@ no tiene ninguna revisión en vigor hoy: podrá confirmarse cuando se apruebe una y entre en vigor."
    ),
    "err_unknown_sop": (
      "There is no SOP %@ in the library.", "No hay ningún procedimiento %@ en la biblioteca."
    ),
    "err_no_plan": (
      "%@ has no training plan yet: a manager assigns one.",
      "%@ todavía no tiene plan de formación: lo asigna un responsable."
    ),
    "err_unknown_item": ("There is no plan item “%@”.", "No hay ninguna tarea del plan «%@»."),
    "err_not_your_item": ("Item %@ is not in a plan of %@.", "La tarea %@ no está en un plan de %@."),
    "err_blocked": ("%@ waits for %@: complete those first.", "%@ espera a %@: complete eso primero."),
    "err_not_signable": (
      "%@ cannot be signed off: it is not a trainer's sign-off item, or it is done.",
      "No se puede dar el visto bueno a %@: no es una tarea de visto bueno del formador, o ya está hecha."
    ),
    "err_empty_text": (
      "%@: write something; it must not be empty.", "%@: escriba algo; no puede quedar vacío."
    ),
    "err_already_acknowledged": (
      "You already acknowledged %@ %@: nothing to do.",
      "Ya confirmó la lectura de %@ %@: no hay nada que hacer."
    ),
    "err_unknown_risk": (
      "There is no open risk #%@: it may have been answered already.",
      "No hay ningún riesgo abierto n.º %@: quizá ya se respondió."
    ),
    "err_already_assigned": (
      "%@ already has the plan %@ (assigned %@): a plan is assigned once, and a procedural change adds its retraining items to it.",
      "%@ ya tiene el plan %@ (asignado el %@): un plan se asigna una vez, y un cambio de procedimiento le añade sus tareas de reciclaje."
    ),
    "err_not_in_force": (
      "%@ has no revision in force, so this attempt cannot go on a training record. Have it approved, or practise without recording.",
      "%@ no tiene ninguna revisión en vigor, así que este intento no puede constar en el expediente de formación. Hágala aprobar o practique sin registrarlo."
    ),
    "err_unknown_template": (
      "There is no plan template “%@”: choose one from the list.",
      "No hay ninguna plantilla de plan «%@»: elija una de la lista."
    ),
    "err_invalid_template": (
      "The plan template %@ has %@ error(s), the first: %@. An author mends the file.",
      "La plantilla de plan %@ tiene %@ error(es); el primero: %@. Un autor debe corregir el archivo."
    ),
    "err_wf_not_allowed": (
      "This cannot be done to a revision that is %@.", "Esto no se puede hacer con una revisión que está %@."
    ),
    "err_wf_not_submitted": (
      "This draft was never submitted: its author submits it for approval first.",
      "Este borrador no se ha enviado: su autor debe enviarlo antes a aprobación."
    ),
    "err_wf_self_approval": (
      "You wrote or own this revision, so you cannot sign it: another approver must.",
      "Usted redactó esta revisión o es su responsable, así que no puede firmarla: debe hacerlo otro aprobador."
    ),
    "err_wf_already_signed": (
      "You already signed this revision in this round: nothing to do.",
      "Ya firmó esta revisión en esta ronda: no hay nada que hacer."
    ),
    "err_wf_not_an_approver": (
      "You are not one of this SOP's approvers (%@).",
      "Usted no es uno de los aprobadores de este procedimiento (%@)."
    ),
    "err_field_start": ("Start date", "Fecha de inicio"),
    "err_field_due": ("Due date", "Fecha límite"),
    "err_field_note": ("Sign-off note", "Nota del visto bueno"),
    "err_field_reason": ("Risk reason", "Motivo del riesgo"),
    "err_field_commitment": ("Commitment date", "Fecha comprometida"),
    "err_field_answer": ("Answer", "Respuesta"),
    "err_field_since": ("Since", "Desde"),
    "err_no_role": (
      "Roles: choose at least one role, or type a job role such as ar-team-lead.",
      "Roles: elija al menos un rol o escriba un puesto como ar-team-lead."
    ),
    "err_invalid_role": (
      "Job roles: “%@” is not a role. Type job roles in lower case with a hyphen, such as ar-team-lead.",
      "Puestos: «%@» no es un rol. Escriba los puestos en minúsculas y con guion, como ar-team-lead."
    ),
    "err_invalid_user_name": (
      "User name: “%@” must be 2 to 64 characters of a-z, 0-9, “.”, “_” or “-”.",
      "Nombre de usuario: «%@» debe tener de 2 a 64 caracteres entre a-z, 0-9, «.», «_» o «-»."
    ),
    "err_missing_full_name": (
      "Full name: type the person's name; signatures print it.",
      "Nombre completo: escriba el nombre de la persona; las firmas lo imprimen."
    ),
    "err_invalid_full_name": (
      "Full name: type the name on one line, without tabs or line breaks.",
      "Nombre completo: escriba el nombre en una línea, sin tabuladores ni saltos de línea."
    ),
    "err_unknown_user": ("There is no user “%@”.", "No hay ningún usuario «%@»."),
    "err_duplicate_user": (
      "User name: “%@” is taken. Choose another.", "Nombre de usuario: «%@» ya existe. Elija otro."
    ),
    "err_wrong_password": (
      "Wrong password: nothing was signed. Type your own password again.",
      "Contraseña incorrecta: no se ha firmado nada. Vuelva a escribir su contraseña."
    ),
    "err_not_admin": (
      "Managing users needs the role admin.", "Gestionar usuarios requiere el rol administrador."
    ),
    "err_same_password": (
      "New password: choose one that differs from the current one.",
      "Contraseña nueva: elija una distinta de la actual."
    ),
    "err_last_admin": (
      "%@ is the only admin: give another user the role admin first.",
      "%@ es el único administrador: dé antes el rol administrador a otro usuario."
    ),
    "err_signing_on_hold": (
      "%@ reset %@'s password: %@ cannot act or sign until a second person (another admin or a manager) confirms who %@ is and releases the hold.",
      "%@ restableció la contraseña de %@: %@ no puede actuar ni firmar hasta que una segunda persona (otro administrador o un responsable) confirme su identidad y levante el bloqueo."
    ),
    "err_password_not_own": (
      "%@'s password was set by an admin: choose a new one first (Account, Change password).",
      "La contraseña de %@ la fijó un administrador: elija antes una nueva (Cuenta, Cambiar contraseña)."
    ),
    "err_password_too_short": (
      "Password: use at least %@ characters.", "Contraseña: use al menos %@ caracteres."
    ),
    "err_password_too_long": (
      "Password: use at most %@ characters.", "Contraseña: use como máximo %@ caracteres."
    ),
    "err_password_control": (
      "Password: type it without tabs or line breaks.",
      "Contraseña: escríbala sin tabuladores ni saltos de línea."
    ),
    "err_password_repetitive": (
      "Password: not only spaces or one character repeated; mix words, digits and signs.",
      "Contraseña: no solo espacios ni un mismo carácter repetido; combine palabras, cifras y signos."
    ),
    "err_password_common": (
      "Password: this one is on the list of common passwords; choose a less guessable one.",
      "Contraseña: figura en la lista de contraseñas habituales; elija una más difícil de adivinar."
    ),
    "err_password_contains_name": (
      "Password: do not use your user name or your name in it.",
      "Contraseña: no incluya su nombre de usuario ni su nombre."
    ),
  ]

  /// `error` as a page shows it in `language`; an error the tables do not word keeps its own
  /// English description.
  static func error(_ error: any Error, _ language: UILanguage) -> String {
    let worded: String? =
      switch error {
      case let training as TrainingError: self.training(training, language)
      case let people as PeopleError: self.people(people, language)
      case let refusal as WorkflowRefusal: self.workflow(refusal, language)
      default: nil
      }
    return worded ?? error.localizedDescription
  }

  private static func fill(_ key: String, _ language: UILanguage, _ values: String...) -> String {
    filled(text(key, language), values)
  }

  private static func field(_ field: TrainingField, _ language: UILanguage) -> String {
    let key: String =
      switch field {
      case .start: "err_field_start"
      case .due: "err_field_due"
      case .note: "err_field_note"
      case .reason: "err_field_reason"
      case .commitment: "err_field_commitment"
      case .answer: "err_field_answer"
      case .since: "err_field_since"
      }
    return text(key, language)
  }

  private static func training(_ error: TrainingError, _ l: UILanguage) -> String? {
    switch error {
    case .notPermitted(_, _, let role): return fill("err_not_permitted", l, roleName(role, l))
    case .notATrainee(let user, _): return fill("err_not_a_trainee", l, user, user)
    case .invalidDate(let field, let value): return fill("err_invalid_date", l, self.field(field, l), value)
    case .dueBeforeStart(let start, let due): return fill("err_due_before_start", l, due, start)
    case .noCurrentRevision(let id): return fill("err_no_current_revision", l, id)
    case .unknownSOP(let id): return fill("err_unknown_sop", l, id)
    case .noPlan(let trainee): return fill("err_no_plan", l, trainee)
    case .unknownItem(let reference): return fill("err_unknown_item", l, reference)
    case .notYourItem(let item, let trainee): return fill("err_not_your_item", l, item, trainee)
    case .blocked(let item, let waiting): return fill("err_blocked", l, item, waiting.joined(separator: ", "))
    case .notSignable(let item, _): return fill("err_not_signable", l, item)
    case .emptyText(let field): return fill("err_empty_text", l, self.field(field, l))
    case .alreadyAcknowledged(let id, let number): return fill("err_already_acknowledged", l, id, number)
    case .unknownRisk(let id): return fill("err_unknown_risk", l, String(id))
    case .alreadyAssigned(let trainee, let plan, let day):
      return fill("err_already_assigned", l, trainee, plan, day)
    case .notInForce(let id): return fill("err_not_in_force", l, id)
    case .unknownTemplate(let id, _): return fill("err_unknown_template", l, id)
    case .invalidTemplate(let path, let first, let count):
      return fill("err_invalid_template", l, path, String(count), first)
    case .invalidScore: return nil
    }
  }

  private static func workflow(_ refusal: WorkflowRefusal, _ l: UILanguage) -> String {
    switch refusal {
    case .notAllowed(_, let state): fill("err_wf_not_allowed", l, LibraryFormat.state(state, l))
    case .notSubmitted: text("err_wf_not_submitted", l)
    case .wrongRole(_, _, let needs):
      fill("err_not_permitted", l, needs.map { roleName($0, l) }.joined(separator: " / "))
    case .selfApproval: text("err_wf_self_approval", l)
    case .alreadySigned: text("err_wf_already_signed", l)
    case .notARequiredApprover(_, let approvers):
      fill("err_wf_not_an_approver", l, approvers.map { roleName($0, l) }.joined(separator: ", "))
    }
  }

  private static func people(_ error: PeopleError, _ l: UILanguage) -> String? {
    switch error {
    case .invalidRole(let role): return fill("err_invalid_role", l, role)
    case .invalidUserName(let name): return fill("err_invalid_user_name", l, name)
    case .missingFullName: return text("err_missing_full_name", l)
    case .invalidFullName: return text("err_invalid_full_name", l)
    case .weakPassword(let refusal):
      switch refusal {
      case .tooShort: return fill("err_password_too_short", l, String(PasswordPolicy.minimumLength))
      case .tooLong: return fill("err_password_too_long", l, String(PasswordPolicy.maximumLength))
      case .controlCharacter: return text("err_password_control", l)
      case .repetitive: return text("err_password_repetitive", l)
      case .common: return text("err_password_common", l)
      case .containsName: return text("err_password_contains_name", l)
      }
    case .unknownUser(let name): return fill("err_unknown_user", l, name)
    case .duplicateUser(let name): return fill("err_duplicate_user", l, name)
    case .wrongPassword: return text("err_wrong_password", l)
    case .notAdmin: return text("err_not_admin", l)
    case .samePassword: return text("err_same_password", l)
    case .lastAdmin(let name): return fill("err_last_admin", l, name)
    case .signingOnHold(let name, let admin): return fill("err_signing_on_hold", l, admin, name, name, name)
    case .passwordNotOwn(let name): return fill("err_password_not_own", l, name)
    default: return nil
    }
  }

  static let roles: Table = [
    "role_trainee": ("trainee", "alumno"),
    "role_author": ("author", "autor"),
    "role_approver": ("approver", "aprobador"),
    "role_manager": ("manager", "responsable"),
    "role_admin": ("admin", "administrador"),
  ]

  /// A role as the UI language names it: a system role by its word, a job role as typed.
  static func roleName(_ role: String, _ language: UILanguage) -> String {
    let key = "role_\(role)"
    let named = text(key, language)
    return named == key ? role : named
  }
}

extension UIText {
  /// The headings and coded values of the CSV exports (`TeamExports`), by column name.
  static let csv: Table = [
    "csv_trainee": ("Trainee", "Alumno"),
    "csv_plan": ("Plan", "Plan"),
    "csv_team": ("Team", "Equipo"),
    "csv_start": ("Start", "Inicio"),
    "csv_due": ("Due", "Fecha límite"),
    "csv_items": ("Items", "Tareas"),
    "csv_done": ("Done", "Hechas"),
    "csv_due_items": ("Due now", "Vencidas hoy"),
    "csv_overdue": ("Overdue", "Atrasadas"),
    "csv_completion_pct": ("Completion %", "% completado"),
    "csv_forecast": ("Forecast", "Previsión"),
    "csv_risk": ("Risk", "Riesgo"),
    "csv_level": ("Level", "Nivel"),
    "csv_rule": ("Rule", "Regla"),
    "csv_reason": ("Reason", "Motivo"),
    "csv_sop": ("SOP", "Procedimiento"),
    "csv_revision": ("Revision", "Revisión"),
    "csv_title": ("Title", "Título"),
    "csv_qualified": ("Qualified", "Cualificados"),
    "csv_people": ("People", "Personas"),
    "csv_backup": ("Backup", "Suplencia"),
    "csv_in_training": ("In training", "En formación"),
    "csv_backup_ok": ("ok", "cubierto"),
  ]
}
