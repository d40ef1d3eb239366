extension UIText {
  /// Labels of the practice area: plan, acknowledgements, changes and the case workbench.
  static let practice: Table = planLabels.merging(caseLabels) { first, _ in first }
    .merging(workbenchLabels) { first, _ in first }.merging(vocabularyLabels) { first, _ in first }

  private static let planLabels: Table = [
    "prac_plan_title": ("My training plan", "Mi plan de formación"),
    "prac_plan_of": ("Training plan of %@", "Plan de formación de %@"),
    "team_sign_off": ("Trainer sign-off", "Validación del formador"),
    "team_sign_off_note": (
      "What you observed (kept with the sign-off)", "Lo que ha observado (queda con la validación)"
    ),
    "team_signed_off": ("Signed off %@.", "Validado %@."),
    "team_sign_off_need_note": (
      "Write what you observed before signing off.", "Escriba lo que ha observado antes de validar."
    ),
    "prac_risks_of": ("Risks of delay %@ raised", "Riesgos de retraso comunicados por %@"),
    "prac_no_plan": (
      "You have no training plan yet. Your manager assigns one; until then you can read the SOP library and practise cases.",
      "Todavía no tiene plan de formación. Se lo asigna su responsable; mientras tanto puede leer la biblioteca de SOP y practicar casos."
    ),
    "prac_plan_dates": ("Start and due date", "Inicio y fecha límite"),
    "prac_progress": ("Progress", "Avance"),
    "prac_plan_summary": (
      "%@ of %@ items done (%@%), %@ due, %@ overdue",
      "%@ de %@ tareas hechas (%@%), %@ pendientes, %@ vencidas"
    ),
    "prac_forecast": ("Forecast", "Previsión"),
    "prac_forecast_on_track": ("On track: done by %@", "En plazo: terminará el %@"),
    "prac_forecast_at_pace": ("At this pace: done by %@", "A este ritmo: terminará el %@"),
    "prac_forecast_late": (
      "Late: done by %@, %@ days after the due date",
      "Con retraso: terminará el %@, %@ días después de la fecha límite"
    ),
    "prac_risk_level": ("Risk", "Riesgo"),
    "prac_level_on_track": ("on track", "en plazo"),
    "prac_level_at_risk": ("at risk", "en riesgo"),
    "prac_level_late": ("late", "con retraso"),
    "prac_risk_reasons": ("Why", "Motivos"),
    "prac_items": ("Items", "Tareas"),
    "prac_item": ("Item", "Tarea"),
    "prac_due": ("Due", "Vence"),
    "prac_status": ("Status", "Estado"),
    "prac_next_step": ("What to do", "Qué hacer"),
    "prac_item_ack": ("Read and acknowledge %@", "Leer y firmar el acuse de %@"),
    "prac_item_pass": (
      "Pass the case “%@” with at least %@ (attempts allowed: %@)",
      "Superar el caso «%@» con al menos %@ (intentos permitidos: %@)"
    ),
    "prac_item_sign_off": ("Trainer's sign-off: %@", "Visto bueno del formador: %@"),
    "prac_item_retraining": ("Retraining: %@ (%@)", "Reciclaje: %@ (%@)"),
    "prac_retraining_cause": ("procedural revision %@ of %@", "revisión procedimental %@ de %@"),
    "prac_any": ("any", "sin límite"),
    "prac_state_done": ("done %@", "hecho el %@"),
    "prac_state_due": ("due", "pendiente"),
    "prac_state_overdue": ("overdue", "vencida"),
    "prac_state_blocked": ("waits for %@", "espera a %@"),
    "prac_state_exhausted": (
      "attempts used up: ask your team lead for coaching and a new date",
      "intentos agotados: pida a su jefe de equipo apoyo y una nueva fecha"
    ),
    "prac_best_score": ("best score %@ in %@ attempts", "mejor nota %@ en %@ intentos"),
    "prac_read": ("Read", "Leer"),
    "prac_acknowledge": ("Acknowledge", "Firmar acuse"),
    "prac_start_case": ("Start a case", "Empezar un caso"),
    "prac_sign_off_waits": ("Your trainer signs this off", "Lo firma su formador"),
    "prac_my_risks": ("Risks of delay I raised", "Riesgos de retraso que he comunicado"),
    "prac_no_risks": ("You have not raised any risk.", "No ha comunicado ningún riesgo."),
    "prac_risk_reason": ("Reason", "Motivo"),
    "prac_risk_commit": ("Date I commit to", "Fecha a la que me comprometo"),
    "prac_risk_commit_optional": (
      "Date you can commit to (optional)", "Fecha a la que se puede comprometer (opcional)"
    ),
    "prac_risk_raised_on": ("Raised", "Comunicado"),
    "prac_risk_answer": ("Manager's answer", "Respuesta del responsable"),
    "prac_risk_waiting": ("waiting for an answer", "pendiente de respuesta"),
    "prac_raise_risk": ("Raise a risk of delay", "Comunicar un riesgo de retraso"),
    "prac_raise_risk_help": (
      "Tell your manager early when an item will be late: workload, absence, a case you cannot pass, missing access.",
      "Avise pronto a su responsable si una tarea va a retrasarse: carga de trabajo, ausencias, un caso que no consigue superar, accesos que le faltan."
    ),
    "prac_choose_item": ("Choose an item", "Elija una tarea"),
    "prac_risk_need_item": ("Choose the item at risk.", "Elija la tarea en riesgo."),
    "prac_risk_need_reason": (
      "Say why the item is at risk in the Reason field.",
      "Indique en el campo Motivo por qué la tarea está en riesgo."
    ),
    "prac_risk_bad_date": (
      "The date '%@' is not a date: write it as YYYY-MM-DD or leave it empty.",
      "La fecha '%@' no es válida: escríbala como AAAA-MM-DD o déjela vacía."
    ),
    "prac_risk_raised": (
      "Risk raised. Your team lead answers within 2 working days.",
      "Riesgo comunicado. Su jefe de equipo responderá en 2 días laborables."
    ),
    "prac_ack_title": ("Acknowledge %@", "Acuse de %@"),
    "prac_ack_heading": ("Acknowledge", "Acuse de lectura de"),
    "prac_sop": ("SOP", "SOP"),
    "prac_sop_title": ("Title", "Título"),
    "prac_revision": ("Revision", "Revisión"),
    "prac_effective": ("Effective since", "En vigor desde"),
    "prac_ack_read_first": ("Read the procedure before you sign", "Lea el procedimiento antes de firmar"),
    "prac_ack_statement_heading": ("What you sign", "Lo que firma"),
    "prac_ack_statement": (
      "I, %@, have read and understood %@ revision %@, \"%@\", in force since %@, and I will apply it in my work.",
      "Yo, %@, he leído y entendido %@ revisión %@, «%@», en vigor desde el %@, y lo aplicaré en mi trabajo."
    ),
    "prac_ack_password": ("Your password", "Su contraseña"),
    "prac_ack_password_help": (
      "Re-entering your password is your electronic signature on this revision.",
      "Volver a introducir su contraseña es su firma electrónica sobre esta revisión."
    ),
    "prac_ack_sign": ("Sign the acknowledgement", "Firmar el acuse"),
    "prac_ack_need_password": (
      "Enter your password to sign; nothing was recorded.",
      "Introduzca su contraseña para firmar; no se ha registrado nada."
    ),
    "prac_ack_wrong_password": (
      "Wrong password: nothing was recorded. Enter the password you log in with.",
      "Contraseña incorrecta: no se ha registrado nada. Introduzca la contraseña con la que inicia sesión."
    ),
    "prac_ack_already": (
      "You already acknowledged %@ revision %@ on %@. Nothing more to do.",
      "Ya firmó el acuse de %@ revisión %@ el %@. No tiene que hacer nada más."
    ),
    "prac_ack_none_in_force": (
      "%@ has no revision in force today, so there is nothing to acknowledge yet.",
      "%@ no tiene ninguna revisión en vigor hoy, así que todavía no hay nada que firmar."
    ),
    "prac_ack_done": ("Acknowledged %@ revision %@.", "Acuse de %@ revisión %@ firmado."),
    "prac_back_to_plan": ("Back to my plan", "Volver a mi plan"),
    "prac_changes_title": ("What changed since I last trained", "Qué ha cambiado desde mi última formación"),
    "prac_changes_intro": (
      "For each SOP in your plan: the revision you acknowledged, the one in force today, and what changed between them.",
      "Para cada SOP de su plan: la revisión que firmó, la que está en vigor hoy y qué ha cambiado entre ambas."
    ),
    "prac_changes_count": (
      "SOPs to read again or for the first time: %@", "SOP que leer de nuevo o por primera vez: %@"
    ),
    "prac_acknowledged_rev": ("I acknowledged", "Firmé"),
    "prac_current_rev": ("In force", "En vigor"),
    "prac_what_changed": ("Kind of change", "Tipo de cambio"),
    "prac_change_none_in_force": ("no revision in force", "sin revisión en vigor"),
    "prac_change_never": ("not acknowledged yet: read it in full", "sin firmar: léalo entero"),
    "prac_change_up_to_date": ("up to date", "al día"),
    "prac_change_same_text": ("up to date (same text)", "al día (mismo texto)"),
    "prac_change_changed": ("changed since you signed", "ha cambiado desde su firma"),
    "prac_change_class_editorial": ("Editorial", "Cambio de redacción"),
    "prac_change_class_procedural": ("Procedural", "Cambio de procedimiento"),
    "prac_retraining_needed": ("retraining", "reciclaje"),
    "prac_see_diff": ("See what changed", "Ver los cambios"),
  ]

  private static let caseLabels: Table = [
    "prac_cases_title": ("Case practice", "Práctica de casos"),
    "prac_live_cases": ("Cases in progress", "Casos en curso"),
    "prac_live_cases_help": (
      "Cases stay open while the server runs and for a day without use; a restart ends them unscored.",
      "Los casos siguen abiertos mientras el servidor funcione y durante un día sin uso; un reinicio los cierra sin puntuar."
    ),
    "prac_start_heading": ("Start a case", "Empezar un caso"),
    "prac_scenario": ("Scenario", "Escenario"),
    "prac_choose_scenario": ("Choose a scenario", "Elija un escenario"),
    "prac_seed": ("seed", "semilla"),
    "prac_seed_optional": ("Seed (optional)", "Semilla (opcional)"),
    "prac_seed_help": (
      "The same scenario and seed give the same account; leave it empty for a new one.",
      "El mismo escenario y la misma semilla generan la misma cuenta; déjela vacía para una nueva."
    ),
    "prac_catalogue": ("Scenarios", "Escenarios"),
    "prac_difficulty": ("Difficulty", "Dificultad"),
    "prac_beginner": ("beginner", "inicial"),
    "prac_intermediate": ("intermediate", "intermedio"),
    "prac_advanced": ("advanced", "avanzado"),
    "prac_governing_sops": ("Governing SOPs", "SOP aplicables"),
    "prac_in_my_plan": ("In my plan", "En mi plan"),
    "prac_not_in_plan": ("extra practice", "práctica adicional"),
    "prac_min_score": ("minimum", "mínimo"),
    "prac_pass_mark": ("pass mark", "nota de aprobado"),
    "prac_my_attempts": ("My attempts", "Mis intentos"),
    "prac_no_attempts": ("No scored cases yet.", "Todavía no tiene casos puntuados."),
    "prac_date": ("Date", "Fecha"),
    "prac_score": ("Score", "Nota"),
    "prac_result": ("Result", "Resultado"),
    "prac_passed": ("passed", "aprobado"),
    "prac_not_passed": ("not passed", "no aprobado"),
    "prac_scored_against": ("Scored against", "Puntuado según"),
    "prac_see_score": ("see the score", "ver la nota"),
    "prac_start_need_scenario": ("Choose a scenario to start.", "Elija un escenario para empezar."),
    "prac_start_bad_seed": (
      "The seed '%@' is not a whole number: write digits only, or leave it empty for a random one.",
      "La semilla '%@' no es un número entero: escriba solo cifras o déjela vacía para una al azar."
    ),
    "prac_case_started": ("Case %@ started with seed %@.", "Caso %@ iniciado con la semilla %@."),
    "prac_day_of": ("day %@ of %@", "día %@ de %@"),
    "prac_score_title": ("Score: %@", "Nota: %@"),
    "prac_score_heading": ("Score", "Nota"),
    "prac_verdict_pass": (
      "Passed: %@ points against a pass mark of %@.", "Aprobado: %@ puntos con una nota de aprobado de %@."
    ),
    "prac_verdict_fail": (
      "Not passed: %@ points against a pass mark of %@. Read the sections the findings link to and try again.",
      "No aprobado: %@ puntos con una nota de aprobado de %@. Lea los apartados enlazados en las observaciones y vuelva a intentarlo."
    ),
    "prac_findings": ("Findings", "Observaciones"),
    "prac_no_findings": (
      "No findings: every step was done as the SOPs ask.",
      "Sin observaciones: cada paso se hizo como piden los SOP."
    ),
    "prac_step": ("Step", "Paso"),
    "prac_expected": ("What the SOP expects", "Qué pide el SOP"),
    "prac_happened": ("What happened", "Qué pasó"),
    "prac_explained_in": ("Explained in", "Se explica en"),
    "prac_violations": ("Rules broken", "Normas incumplidas"),
    "prac_violation": ("Day %@: %@", "Día %@: %@"),
    "prac_outcome": ("Outcome", "Resultado económico"),
    "prac_out_cash": ("Cash collected", "Cobrado"),
    "prac_out_open": ("Still open at the end", "Pendiente al final"),
    "prac_out_interest_due": ("Late-payment interest due", "Intereses de demora exigibles"),
    "prac_out_interest_claimed": ("Interest claimed", "Intereses reclamados"),
    "prac_out_insolvency": ("Claim filed in insolvency", "Crédito comunicado en el concurso"),
    "prac_out_resolution": ("Days to resolution", "Días hasta la resolución"),
    "prac_out_promises": ("Promises kept", "Promesas cumplidas"),
    "prac_promises_kept": ("%@ of %@", "%@ de %@"),
    "prac_days": ("%@ days", "%@ días"),
    "prac_not_resolved": ("not resolved in the case", "sin resolver en el caso"),
    "prac_all_steps": ("Every step scored", "Todos los pasos puntuados"),
    "prac_points": ("Points", "Puntos"),
    "prac_back_to_cases": ("Back to case practice", "Volver a la práctica de casos"),
    "prac_attempt_recorded": (
      "Case scored and recorded in your plan.", "Caso puntuado y registrado en su plan."
    ),
    "prac_record_failed": (
      "The case is scored but could not be recorded (%@). Press Finish again in a moment.",
      "El caso está puntuado pero no se pudo registrar (%@). Vuelva a pulsar Terminar dentro de un momento."
    ),
    "prac_case_already_finished": (
      "This case is finished; start a new one to practise again.",
      "Este caso ya está terminado; empiece otro para seguir practicando."
    ),
    "prac_status_done": ("done", "hecho"),
    "prac_status_late": ("late", "tarde"),
    "prac_status_out_of_order": ("out of order", "fuera de orden"),
    "prac_status_missed": ("missed", "no hecho"),
    "prac_status_forbidden": ("forbidden action taken", "acción prohibida"),
    "prac_status_not_applicable": ("not applicable", "no aplica"),
  ]
}
