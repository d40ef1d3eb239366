extension UIText {
  /// Labels of the case workbench.
  static let workbenchLabels: Table = [
    "prac_workbench_title": ("Case: %@", "Caso: %@"),
    "prac_governed_by": ("governed by", "según"),
    "prac_rev": ("rev", "rev."),
    "prac_today": ("Today in the case", "Hoy en el caso"),
    "prac_day": ("day", "día"),
    "prac_case_at_end": ("last day of the case", "último día del caso"),
    "prac_briefing": ("Briefing and objectives", "Planteamiento y objetivos"),
    "prac_objectives": ("Objectives", "Objetivos"),
    "prac_customer": ("Customer", "Cliente"),
    "prac_legal_name": ("Legal name", "Razón social"),
    "prac_country": ("Country", "País"),
    "prac_segment": ("Segment", "Segmento"),
    "prac_vat": ("VAT id", "NIF/CIF"),
    "prac_credit_limit": ("Credit limit", "Límite de crédito"),
    "prac_risk_class": ("Risk class", "Clase de riesgo"),
    "prac_contacts": ("Contacts", "Contactos"),
    "prac_role": ("Role", "Función"),
    "prac_name": ("Name", "Nombre"),
    "prac_email": ("Email", "Correo electrónico"),
    "prac_phone": ("Phone", "Teléfono"),
    "prac_insolvency": (
      "Insolvency (concurso) declared %@; administrator %@; claims by %@.",
      "Concurso declarado el %@; administrador concursal %@; plazo para comunicar créditos: %@."
    ),
    "prac_invoices": ("Invoices and aging", "Facturas y antigüedad"),
    "prac_invoice": ("Invoice", "Factura"),
    "prac_gross": ("Gross", "Importe bruto"),
    "prac_open_amount": ("Open", "Pendiente"),
    "prac_dpd": ("Days past due", "Días de retraso"),
    "prac_bucket": ("Aging bucket", "Tramo de antigüedad"),
    "prac_flags": ("Notes", "Observaciones"),
    "prac_flag_disputed": ("disputed", "en disputa"),
    "prac_flag_dunning_stopped": ("dunning stopped", "reclamación bloqueada"),
    "prac_flag_legal": ("with legal", "en vía judicial"),
    "prac_flag_paid": ("paid %@", "cobrada el %@"),
    "prac_credit_balance": ("Credit balance / unapplied cash", "Saldo a favor / cobros sin aplicar"),
    "prac_open_matters": ("Open matters", "Asuntos abiertos"),
    "prac_disputes": ("Disputes", "Disputas"),
    "prac_raised": ("Raised", "Abierta"),
    "prac_logged": ("Logged", "Registrada"),
    "prac_routed": ("Routed", "Derivada"),
    "prac_resolved": ("Resolved", "Resuelta"),
    "prac_open": ("open", "abierta"),
    "prac_promises": ("Promises to pay", "Promesas de pago"),
    "prac_made": ("Made", "Hecha"),
    "prac_paid": ("Paid", "Pagado"),
    "prac_history": ("Account history", "Historial de la cuenta"),
    "prac_payments": ("Payments", "Cobros"),
    "prac_reference": ("Reference", "Referencia"),
    "prac_during_case": ("during the case", "durante el caso"),
    "prac_unapplied": ("unapplied", "sin aplicar"),
    "prac_credits": ("Credit notes and unapplied cash", "Abonos y cobros sin aplicar"),
    "prac_kind": ("Kind", "Tipo"),
    "prac_detail": ("Detail", "Detalle"),
    "prac_credit_note": ("credit note", "abono"),
    "prac_unapplied_cash": ("unapplied cash", "cobro sin aplicar"),
    "prac_unallocated": ("not allocated", "sin aplicar"),
    "prac_dunning_history": ("Dunning history", "Historial de reclamaciones"),
    "prac_none": ("None.", "Ninguno."),
    "prac_transcript": ("Transcript", "Registro de la gestión"),
    "prac_speaker_trainee": ("You", "Usted"),
    "prac_speaker_customer": ("Customer", "Cliente"),
    "prac_speaker_system": ("System", "Sistema"),
    "prac_work_panel": ("Steps, actions and clock", "Pasos, acciones y reloj"),
    "prac_steps_now": ("Steps that apply now", "Pasos que aplican ahora"),
    "prac_no_steps": ("No step applies right now.", "Ahora mismo no aplica ningún paso."),
    "prac_steps_hidden": (
      "Assessed attempt: the steps stay hidden until the score, as on the desk. The SOPs are open.",
      "Intento evaluado: los pasos no se muestran hasta la puntuación, como en el puesto. Los procedimientos están disponibles."
    ),
    "prac_assessed_option": ("Assessed attempt", "Intento evaluado"),
    "prac_assessed_help": (
      "An assessed attempt hides the steps that apply until the score; only assessed attempts count for a plan's pass items, and an attempt for an open pass item is always assessed.",
      "Un intento evaluado oculta los pasos que aplican hasta la puntuación; solo los intentos evaluados cuentan para los puntos de aprobado del plan, y un intento para un punto pendiente siempre es evaluado."
    ),
    "prac_open_library": ("Open the SOP library", "Abrir la biblioteca de procedimientos"),
    "prac_kind_guided": ("Guided", "Guiado"),
    "prac_kind_assessed": ("Assessed", "Evaluado"),
    "prac_plan_attempt_assessed": ("%@: %@, assessed", "%@: %@, evaluado"),
    "prac_plan_attempt_guided": (
      "%@: %@, guided (does not count for the item)", "%@: %@, guiado (no cuenta para el punto)"
    ),
    "prac_step_due": ("due by %@", "antes del %@"),
    "prac_step_was_due": ("was due by %@", "vencía el %@"),
    "prac_step_done": ("done on day %@", "hecho el día %@"),
    "prac_step_broken": ("broken on day %@", "incumplido el día %@"),
    "prac_step_by_end": ("by the end", "antes del final"),
    "prac_step_never": ("never now", "prohibido ahora"),
    "prac_actions": ("Actions", "Acciones"),
    "prac_do_action": ("Do it", "Hacerlo"),
    "prac_choose": ("Choose…", "Elija…"),
    "prac_opening_unsaid": ("(not said)", "(sin indicar)"),
    "prac_clock": ("Clock", "Reloj"),
    "prac_wait_days": ("Wait this many days", "Esperar estos días"),
    "prac_wait": ("Wait", "Esperar"),
    "prac_advance_to": ("Advance to the date", "Avanzar hasta la fecha"),
    "prac_advance": ("Advance", "Avanzar"),
    "prac_wait_for": ("Wait for the event", "Esperar al evento"),
    "prac_clock_days": (
      "Write the number of days to wait as a whole number from 0 to 3650.",
      "Escriba los días de espera como un número entero entre 0 y 3650."
    ),
    "prac_clock_date": (
      "“%@” is not a date to advance to. Type a date from %@ as YYYY-MM-DD.",
      "«%@» no es una fecha a la que avanzar. Escriba una fecha de %@ como AAAA-MM-DD."
    ),
    "prac_bad_instalment": (
      "Instalments: write each instalment as DATE:AMOUNT, separated by commas, e.g. +7:share:0.5,+21:share:0.5 or 2026-04-01:1500.00.",
      "Plazos: escriba cada plazo como FECHA:IMPORTE, separados por comas, p. ej. +7:share:0.5,+21:share:0.5 o 2026-04-01:1500.00."
    ),
    "prac_bad_event_does_not_come": (
      "Nothing changed: %@ does not come again by the case's last day (day %@)%@. Act on it now, or wait a number of days.",
      "No ha cambiado nada: %@ no vuelve a producirse antes del último día del caso (día %@)%@. Actúe ahora o espere un número de días."
    ),
    "prac_event_came_on": (
      "; it came on day %@, before your last action", "; se produjo el día %@, antes de su última acción"
    ),
    "prac_clock_kind": (
      "Use one of the clock forms: wait, advance or wait for.",
      "Use uno de los formularios del reloj: esperar, avanzar o esperar al evento."
    ),
    "prac_act_need_action": (
      "Choose an action from the Actions panel.", "Elija una acción del panel Acciones."
    ),
    "prac_act_unknown": (
      "There is no action '%@'; use the forms in the Actions panel.",
      "No existe la acción '%@'; use los formularios del panel Acciones."
    ),
    "prac_finish_heading": ("Finish", "Terminar"),
    "prac_finish_help": (
      "The clock runs to the last day of the case (the customer goes on without you), then the case is scored against the SOPs and recorded in your plan.",
      "El reloj avanza hasta el último día del caso (el cliente sigue sin usted); después el caso se puntúa según los SOP y se registra en su plan."
    ),
    "prac_finish": ("Finish and score", "Terminar y puntuar"),
    "prac_finish_confirm": (
      "Finish this case? It will be scored and you cannot act on it any more.",
      "¿Terminar este caso? Se puntuará y ya no podrá actuar sobre él."
    ),
  ]

  /// The action vocabulary and its parameters.
  static let vocabularyLabels: Table = [
    "prac_latest": ("What followed your last step", "Lo que siguió a su último paso"),
    "prac_action_review_account": ("Review the account", "Revisar la cuenta"),
    "prac_action_call": ("Call", "Llamar"),
    "prac_action_email": ("Email", "Enviar correo"),
    "prac_action_send_dunning": ("Send a dunning letter", "Enviar carta de reclamación"),
    "prac_action_stop_dunning": ("Stop dunning", "Bloquear reclamaciones"),
    "prac_action_log_dispute": ("Log a dispute", "Registrar disputa"),
    "prac_action_route_dispute": ("Route a dispute", "Derivar disputa"),
    "prac_action_escalate": ("Escalate", "Escalar"),
    "prac_action_record_promise": ("Record a promise to pay", "Registrar promesa de pago"),
    "prac_action_request_plan_approval": (
      "Ask Risk to approve a payment plan", "Pedir a Riesgos que apruebe un plan de pagos"
    ),
    "prac_action_propose_payment_plan": ("Propose the payment plan", "Proponer el plan de pagos"),
    "prac_action_allocate_credit": ("Allocate credit", "Aplicar saldo a favor"),
    "prac_action_refund": ("Refund", "Devolver"),
    "prac_action_reconcile": ("Send a reconciliation", "Enviar conciliación"),
    "prac_action_credit_hold": ("Put on credit hold", "Bloquear crédito"),
    "prac_action_claim_late_interest": ("Claim late-payment interest", "Reclamar intereses de demora"),
    "prac_action_shift_to_legal": ("Shift to legal", "Pasar a vía judicial"),
    "prac_action_request_write_off": ("Request a write-off", "Solicitar pase a fallido"),
    "prac_action_write_off": ("Post the write-off", "Contabilizar el fallido"),
    "prac_action_file_insolvency_claim": ("File the insolvency claim", "Comunicar el crédito al concurso"),
    "prac_param_invoices": ("Invoices", "Facturas"),
    "prac_param_invoices_help": (
      "Choose one or more; the words in brackets pick invoices by role. None chosen: every open invoice.",
      "Elija una o varias; las palabras entre paréntesis eligen facturas por su situación. Sin elegir: todas las pendientes."
    ),
    "prac_param_level": ("Level", "Nivel"),
    "prac_param_channel": ("Channel", "Canal"),
    "prac_param_reason_code": ("Reason code", "Código de motivo"),
    "prac_param_amount": ("Amount", "Importe"),
    "prac_bad_not_an_invoice": (
      "%@: “%@” is not an invoice of this account. Choose invoices from the list, or type a selector "
        + "such as overdue or oldest.",
      "%@: «%@» no es una factura de esta cuenta. Elija las facturas de la lista o escriba un selector "
        + "como overdue u oldest."
    ),
    "prac_bad_amount_too_large": (
      "%@: “%@” is too large. Type an amount up to %@.",
      "%@: «%@» es demasiado grande. Escriba un importe de hasta %@."
    ),
    "prac_bad_not_an_amount": (
      "%@: “%@” is not an amount. Type a figure with a decimal point, such as 1250.00, or choose one "
        + "from the list (open, overdue, offered...).",
      "%@: «%@» no es un importe. Escriba una cifra con punto decimal, como 1250.00, o elija una de la "
        + "lista (open, overdue, offered...)."
    ),
    "prac_bad_not_a_date": (
      "%@: “%@” is not a date. Type a date from %@ as YYYY-MM-DD, +N for N days from today (N up to 3650), or offered for the date the customer offered.",
      "%@: «%@» no es una fecha. Escriba una fecha de %@ como AAAA-MM-DD, +N para dentro de N días (N hasta 3650) u offered para la fecha que ofreció el cliente."
    ),
    "prac_param_amount_help": (
      "An amount such as 1250.00, or open, overdue, disputed, undisputed, credit, offered, interest_due, share:0.5.",
      "Un importe como 1250.00, u open, overdue, disputed, undisputed, credit, offered, interest_due, share:0.5."
    ),
    "prac_param_promised_date": ("Promised date", "Fecha prometida"),
    "prac_param_promised_date_help": (
      "YYYY-MM-DD, +N days from today, or offered (the date the customer offered).",
      "AAAA-MM-DD, +N días desde hoy, u offered (la fecha que ofreció el cliente)."
    ),
    "prac_param_instalments_help": (
      "DATE:AMOUNT separated by commas, e.g. +7:share:0.5,+21:share:0.5 or 2026-04-01:1500.00.",
      "FECHA:IMPORTE separados por comas, p. ej. +7:share:0.5,+21:share:0.5 o 2026-04-01:1500.00."
    ),
    "prac_promise_open": ("open", "abierta"),
    "prac_promise_kept": ("kept", "cumplida"),
    "prac_promise_partially_kept": ("partially kept", "cumplida en parte"),
    "prac_promise_broken": ("broken", "incumplida"),
    "prac_promise_withdrawn": ("withdrawn", "retirada"),
  ]
}
