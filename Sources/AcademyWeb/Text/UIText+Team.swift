extension UIText {
  /// Labels of the manager's and the admin's pages.
  static let team: Table = [
    "team_title": ("Team dashboard", "Panel del equipo"),
    "team_filter": ("Team", "Equipo"),
    "team_all": ("All teams", "Todos los equipos"),
    "team_show": ("Show", "Mostrar"),
    "team_trainees": ("Trainees", "Personas en formación"),
    "team_completion": ("Items done", "Tareas completadas"),
    "team_late": ("Late", "Con retraso"),
    "team_at_risk": ("At risk", "En riesgo"),
    "team_overdue_items": ("items overdue", "tareas vencidas"),
    "team_burnup": ("Completion burn-up", "Avance acumulado"),
    "team_burnup_done": ("done", "completadas"),
    "team_burnup_scope": ("assigned", "asignadas"),
    "team_burnup_ideal": ("plan", "plan"),
    "team_scores": ("Practice score distribution", "Distribución de puntuaciones de práctica"),
    "team_attempts": ("attempts", "intentos"),
    "team_pass_rate": ("pass rate", "tasa de aprobados"),
    "team_progress": ("Who is on track", "Quién va al día"),
    "team_trainee": ("Trainee", "Persona en formación"),
    "team_plan": ("Plan", "Plan"),
    "team_done": ("Done", "Hecho"),
    "team_overdue": ("Overdue", "Vencidas"),
    "team_due": ("Due", "Vence"),
    "team_forecast": ("Forecast", "Previsión"),
    "team_after_due": ("after due date", "después del vencimiento"),
    "team_risk": ("Risk", "Riesgo"),
    "risk_reason_overdue": ("#%@ %@ was due %@", "#%@ %@ vencía el %@"),
    "risk_reason_forecast-after-due": (
      "forecast %@ is after the due date %@ (pace %@ items a working day)",
      "la previsión, %@, es posterior a la fecha límite %@ (ritmo de %@ tareas por día laborable)"
    ),
    "risk_reason_low-scores": (
      "the last %@ scores average %@ (below %@)",
      "las últimas %@ puntuaciones promedian %@ (por debajo de %@)"
    ),
    "risk_reason_falling-scores": ("scores falling: %@", "puntuaciones en descenso: %@"),
    "risk_reason_attempts-used-up": (
      "#%@ %@: %@ attempts, best %@; plan coaching and a new date",
      "#%@ %@: %@ intentos, mejor %@; planificar apoyo y una nueva fecha"
    ),
    "risk_reason_failed-attempt": (
      "#%@ %@: best score %@ in %@ attempt(s), needs %@",
      "#%@ %@: mejor puntuación %@ en %@ intento(s), necesita %@"
    ),
    "risk_reason_raised": ("risk raised on #%@ %@: %@", "riesgo comunicado en #%@ %@: %@"),
    "risk_reason_raised_commit": (
      "risk raised on #%@ %@: %@; can commit to %@", "riesgo comunicado en #%@ %@: %@; se compromete al %@"
    ),
    "team_level_on_track": ("on track", "al día"),
    "team_level_at_risk": ("at risk", "en riesgo"),
    "team_level_late": ("late", "con retraso"),
    "team_no_plans": ("No plans assigned yet.", "Todavía no hay planes asignados."),
    "team_raised_risks": ("Risks raised by trainees", "Riesgos comunicados por el equipo en formación"),
    "team_commits": ("commits to", "se compromete para el"),
    "team_answer": ("Answer", "Respuesta"),
    "team_answer_send": ("Answer and close", "Responder y cerrar"),
    "team_answer_empty": (
      "Write an answer before closing the risk.", "Escriba una respuesta antes de cerrar el riesgo."
    ),
    "team_answered": ("Answered the risk raised by %@.", "Respondido el riesgo comunicado por %@."),
    "team_no_risks": ("No open risks.", "No hay riesgos abiertos."),
    "team_coverage": ("Coverage: who can run each process", "Cobertura: quién puede llevar cada proceso"),
    "team_coverage_hint": (
      "Qualified means the revision in force is acknowledged and its cases passed. Two people per process at least.",
      "Cualificado significa que ha firmado la revisión vigente y aprobado sus casos. Al menos dos personas por proceso."
    ),
    "team_no_backup": ("no backup", "sin suplente"),
    "team_qualified": ("Qualified", "Cualificados"),
    "team_cell_qualified": ("qualified", "cualificado"),
    "team_cell_training": ("in training", "en formación"),
    "team_cell_none": ("not in their plan", "no está en su plan"),
    "team_exports": ("Exports", "Exportaciones"),
    "team_export_progress": ("Progress (CSV)", "Progreso (CSV)"),
    "team_export_risks": ("Risks and reasons (CSV)", "Riesgos y motivos (CSV)"),
    "team_export_coverage": ("Coverage matrix (CSV)", "Matriz de cobertura (CSV)"),
    "team_export_xapi": ("xAPI statements since", "Declaraciones xAPI desde"),
    "team_download": ("Download", "Descargar"),
    "team_since_invalid": (
      "Give the first day as a date (YYYY-MM-DD).", "Indique el primer día como fecha (AAAA-MM-DD)."
    ),
    "team_assign_title": ("Assign a plan", "Asignar un plan"),
    "team_assign": ("Assign", "Asignar"),
    "team_assign_missing": (
      "Choose a plan and a trainee and give a start date.",
      "Elija un plan y una persona en formación e indique la fecha de inicio."
    ),
    "team_assigned": ("%@ assigned to %@, due %@.", "%@ asignado a %@, vence el %@."),
    "team_items": ("items", "tareas"),
    "team_working_days": ("working days", "días laborables"),
    "team_start": ("Start", "Inicio"),
    "team_due_optional": (
      "Due date (optional: start plus the plan's length)",
      "Fecha límite (opcional: inicio más la duración del plan)"
    ),
    "team_team_optional": ("Team (optional: the plan's)", "Equipo (opcional: el del plan)"),
    "team_team": ("Team", "Equipo"),
    "team_current_assignments": ("Current assignments", "Asignaciones actuales"),
    "team_assigned_by": ("Assigned by", "Asignado por"),
    "admin_title": ("Users and roles", "Usuarios y roles"),
    "admin_users": ("Users", "Usuarios"),
    "admin_full_name": ("Full name (printed in signatures)", "Nombre completo (aparece en las firmas)"),
    "admin_roles": ("Roles", "Roles"),
    "admin_job_roles": ("Job roles (named as SOP approvers)", "Puestos (aprobadores en los SOP)"),
    "admin_password": ("Password", "Contraseña"),
    "admin_one_time": ("one-time password pending", "contraseña provisional pendiente"),
    "admin_signing_hold": (
      "signing on hold: reset by %@; another admin or a manager confirms with `academy user release-signing`",
      "firma en espera: restablecida por %@; otro administrador o un responsable la confirma con `academy user release-signing`"
    ),
    "admin_reset": ("Issue a one-time password", "Emitir contraseña provisional"),
    "admin_reset_confirm": (
      "Replace this user's password with a one-time password?",
      "¿Sustituir la contraseña de este usuario por una provisional?"
    ),
    "admin_add": ("Add a user", "Añadir usuario"),
    "admin_issued": ("One-time password for", "Contraseña provisional para"),
    "admin_issued_hint": (
      "Shown once. Hand it over in person; it must be changed at the first log-in.",
      "Se muestra una sola vez. Entréguela en persona; debe cambiarse en el primer inicio de sesión."
    ),
    "admin_roles_saved": (
      "Roles of %@ saved; their sessions were signed out.",
      "Roles de %@ guardados; sus sesiones se han cerrado."
    ),
  ]
}
