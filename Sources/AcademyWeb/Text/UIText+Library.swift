extension UIText {
  /// Labels of the library area: library, SOP pages, editor and approvals.
  static let library: Table = [
    "lib_title": ("SOP library", "Biblioteca de SOP"),
    "lib_new_sop": ("New SOP", "Nuevo SOP"),
    "lib_search": ("Search", "Buscar"),
    "lib_search_label": ("Search the SOPs in force", "Buscar en los SOP vigentes"),
    "lib_search_hint": ("e.g. dispute, promesa de pago", "p. ej. disputa, promise to pay"),
    "lib_results": ("results", "resultados"),
    "lib_no_results": (
      "No section of an SOP in force matches every word. Try fewer or shorter words.",
      "Ninguna sección de un SOP vigente contiene todas las palabras. Pruebe con menos palabras o más cortas."
    ),
    "lib_back_library": ("Back to the library", "Volver a la biblioteca"),
    "lib_tag": ("Tag", "Etiqueta"),
    "lib_tags": ("Tags", "Etiquetas"),
    "lib_all_tags": ("All tags", "Todas las etiquetas"),
    "lib_all_languages": ("All languages", "Todos los idiomas"),
    "lib_filter": ("Filter", "Filtrar"),
    "lib_clear_filter": ("Show all", "Mostrar todos"),
    "lib_no_sops": ("No SOP matches this filter.", "Ningún SOP coincide con este filtro."),
    "lib_id": ("ID", "ID"),
    "lib_sop_id": ("SOP id", "Id. del SOP"),
    "lib_id_help": (
      "2 to 5 letters, a dash and 3 digits; a translation adds -ES or -EN (COL-011, COL-011-ES).",
      "De 2 a 5 letras, un guion y 3 cifras; una traducción añade -ES o -EN (COL-011, COL-011-ES)."
    ),
    "lib_sop_title": ("Title", "Título"),
    "lib_sop_language": ("Language", "Idioma"),
    "lib_revision": ("Revision", "Revisión"),
    "lib_latest": ("Latest revision", "Última revisión"),
    "lib_effective": ("Effective", "Vigente desde"),
    "lib_proposed": ("proposed", "propuesta"),
    "lib_review_due": ("Review due", "Revisión periódica"),
    "lib_stale_translation": ("translation behind its original", "traducción desfasada del original"),
    "lib_metadata": ("About this SOP", "Datos del SOP"),
    "lib_owner": ("Owner", "Responsable"),
    "lib_approvers": ("Approvers", "Aprobadores"),
    "lib_approvers_help": (
      "Roles or user names, separated by commas; each needs its own signer.",
      "Roles o usuarios separados por comas; cada uno necesita su propia firma."
    ),
    "lib_versions": ("Other language", "Otro idioma"),
    "lib_original": ("original", "original"),
    "lib_translation": ("translation", "traducción"),
    "lib_contents": ("Contents", "Índice"),
    "lib_history": ("History", "Historial"),
    "lib_diff": ("Compare revisions", "Comparar revisiones"),
    "lib_edit": ("Edit", "Editar"),
    "lib_acknowledge": ("Acknowledge", "Confirmar lectura"),
    "lib_not_in_force": (
      "You are reading a revision that is not the one in force.",
      "Está leyendo una revisión que no es la vigente."
    ),
    "lib_open_in_force": ("Open the revision in force", "Abrir la revisión vigente"),
    "lib_state_draft": ("draft", "borrador"),
    "lib_state_in_review": ("in review", "en revisión"),
    "lib_state_approved": ("approved, not yet in force", "aprobada, aún no vigente"),
    "lib_state_effective": ("in force", "vigente"),
    "lib_state_superseded": ("superseded", "sustituida"),
    "lib_state_obsolete": ("obsolete", "obsoleta"),
    "lib_state_withdrawn": ("withdrawn", "retirada"),
    "lib_class_editorial": ("editorial", "editorial"),
    "lib_class_procedural": ("procedural (retraining)", "de procedimiento (requiere formación)"),
    "lib_draft_number": ("draft", "borrador"),
    "lib_author": ("Author", "Autor"),
    "lib_created": ("Created", "Creada"),
    "lib_submitted_at": ("Submitted", "Enviada"),
    "lib_approved_at": ("Approved", "Aprobada"),
    "lib_obsolete_on": ("Obsolete since", "Obsoleta desde"),
    "lib_change_class": ("Change class", "Tipo de cambio"),
    "lib_submit_note": ("Note for the approvers", "Nota para los aprobadores"),
    "lib_signatures": ("Signatures", "Firmas"),
    "lib_printed_name": ("Signed by", "Firmado por"),
    "lib_meaning": ("Meaning", "Significado"),
    "lib_time_utc": ("Time (UTC)", "Hora (UTC)"),
    "lib_comment": ("Comment", "Comentario"),
    "lib_meaning_review": ("I have reviewed this revision", "He revisado esta revisión"),
    "lib_meaning_approval": ("I approve this revision", "Apruebo esta revisión"),
    "lib_meaning_rejection": ("I reject this revision", "Rechazo esta revisión"),
    "lib_meaning_obsolescence": ("I withdraw this SOP from use", "Retiro este SOP de uso"),
    "lib_from": ("From revision", "Desde la revisión"),
    "lib_to": ("To revision", "Hasta la revisión"),
    "lib_compare": ("Compare", "Comparar"),
    "lib_same_revision": (
      "Choose two different revisions to see what changed.",
      "Elija dos revisiones distintas para ver qué cambió."
    ),
    "lib_structure": ("What changed in the structure", "Cambios en la estructura"),
    "lib_no_structure": ("No section or step changed.", "No cambió ninguna sección ni paso."),
    "lib_sections_added": ("Sections added", "Secciones añadidas"),
    "lib_sections_removed": ("Sections removed", "Secciones eliminadas"),
    "lib_sections_changed": ("Sections changed", "Secciones modificadas"),
    "lib_steps_added": ("Process steps added", "Pasos añadidos"),
    "lib_steps_removed": ("Process steps removed", "Pasos eliminados"),
    "lib_steps_changed": ("Process steps changed", "Pasos modificados"),
    "lib_settings_changed": ("Process settings changed", "Cambió la configuración del proceso"),
    "lib_lines": ("Line by line", "Línea a línea"),
    "lib_identical": ("The two texts are identical.", "Los dos textos son idénticos."),
    "lib_text": ("Text", "Texto"),
    "lib_author_title": ("My SOPs and drafts", "Mis SOP y borradores"),
    "lib_review_comments": ("Review comments to answer", "Comentarios de revisión pendientes"),
    "lib_reviewer": ("Reviewer", "Revisor"),
    "lib_open_drafts": ("Open drafts and reviews", "Borradores y revisiones abiertos"),
    "lib_no_drafts": ("No open draft.", "Ningún borrador abierto."),
    "lib_my_sops": ("SOPs I own or wrote", "SOP de los que soy responsable o autor"),
    "lib_no_own_sops": (
      "You own no SOP yet. Start one with “New SOP”.",
      "Aún no es responsable de ningún SOP. Cree uno con «Nuevo SOP»."
    ),
    "lib_actions": ("Actions", "Acciones"),
    "lib_new_title": ("Start a new SOP", "Crear un SOP nuevo"),
    "lib_new_help": (
      "The draft starts with the front matter and every required section; you write the rest in the editor.",
      "El borrador empieza con los metadatos y todas las secciones obligatorias; el resto se escribe en el editor."
    ),
    "lib_translation_of": ("Translation of (optional)", "Traducción de (opcional)"),
    "lib_translation_help": (
      "The id of the original SOP, when this is a translation.",
      "El id. del SOP original, si es una traducción."
    ),
    "lib_create": ("Create the draft", "Crear el borrador"),
    "lib_created_draft": (
      "Draft of %@ created. Write it and save.", "Borrador de %@ creado. Redáctelo y guárdelo."
    ),
    "lib_error_id": (
      "The SOP id must be 2 to 5 letters, a dash and 3 digits (COL-011), plus -ES/-EN for a translation.",
      "El id. del SOP debe tener de 2 a 5 letras, un guion y 3 cifras (COL-011), más -ES/-EN si es una traducción."
    ),
    "lib_error_language": ("Choose English or Spanish.", "Elija inglés o español."),
    "lib_error_approvers": (
      "Approvers: give at least one role or user name (lower-case letters, digits, dots, dashes), separated by commas.",
      "Aprobadores: indique al menos un rol o usuario (minúsculas, cifras, puntos, guiones), separados por comas."
    ),
    "lib_error_tags": (
      "Tags are lower-case words with letters, digits and dashes, separated by commas.",
      "Las etiquetas son palabras en minúscula con letras, cifras y guiones, separadas por comas."
    ),
    "lib_error_translation": (
      "Translation of: give the id of the original SOP (COL-004).",
      "Traducción de: indique el id. del SOP original (COL-004)."
    ),
    "lib_error_exists": (
      "An SOP with this id already exists; open it and edit it instead.",
      "Ya existe un SOP con este id.; ábralo y edítelo."
    ),
    "lib_error_front_matter": (
      "The front matter is incomplete: id, title, owner, approvers, review_every_months and language are required.",
      "Los metadatos están incompletos: id, title, owner, approvers, review_every_months y language son obligatorios."
    ),
    "lib_error_id_mismatch": (
      "The front matter says id %@ but this is %@; keep the id or start a new SOP.",
      "Los metadatos dicen id %@ pero este es %@; mantenga el id. o cree un SOP nuevo."
    ),
    "lib_markdown": ("SOP text (Markdown)", "Texto del SOP (Markdown)"),
    "lib_preview": ("Preview and check", "Vista previa y revisión"),
    "lib_preview_help": (
      "Use “Preview and check” to see the page and the lint findings for your text.",
      "Pulse «Vista previa y revisión» para ver la página y los avisos del texto."
    ),
    "lib_save_draft": ("Save as new draft", "Guardar como nuevo borrador"),
    "lib_findings": ("Lint findings", "Avisos de revisión"),
    "lib_no_findings": (
      "No findings: the text is ready to save.", "Sin avisos: el texto está listo para guardar."
    ),
    "lib_line_col": ("Line:col", "Línea:col"),
    "lib_severity": ("Severity", "Gravedad"),
    "lib_message": ("Message", "Mensaje"),
    "lib_rule": ("Rule", "Regla"),
    "lib_save_lint_errors": (
      "Not saved: fix the errors listed below first.",
      "No se ha guardado: corrija antes los errores de la lista."
    ),
    "lib_saved": ("%@ saved as draft %@.", "%@ guardado como borrador %@."),
    "lib_saved_unchanged": (
      "Nothing changed since revision %@: nothing saved.",
      "No hay cambios respecto a la revisión %@: no se ha guardado nada."
    ),
    "lib_stale": (
      "Someone changed it: you worked on revision %@ but the latest is now %@. Reload the page, check their change and try again.",
      "Alguien lo ha cambiado: trabajó sobre la revisión %@ pero la última es ahora la %@. Recargue la página, revise el cambio y vuelva a intentarlo."
    ),
    "lib_in_review_warning": (
      "This revision is in review. Saving a new draft withdraws it from review.",
      "Esta revisión está en revisión. Guardar un nuevo borrador la retira de la revisión."
    ),
    "lib_submit_title": ("Submit for approval: revision", "Enviar a aprobación: revisión"),
    "lib_computed_class": ("Change class computed", "Tipo de cambio calculado"),
    "lib_proposed_effective": ("Proposed effective date", "Fecha de vigencia propuesta"),
    "lib_class_override": ("Change class", "Tipo de cambio"),
    "lib_class_keep": ("Keep the computed class", "Mantener el tipo calculado"),
    "lib_class_reason": ("Reason for overriding the class", "Motivo para cambiar el tipo"),
    "lib_submit": ("Submit for approval", "Enviar a aprobación"),
    "lib_error_class": ("Choose editorial or procedural.", "Elija editorial o de procedimiento."),
    "lib_error_reason": (
      "Give the reason for overriding the change class.", "Indique el motivo para cambiar el tipo de cambio."
    ),
    "lib_error_date": (
      "Proposed effective date '%@' is not a date; use YYYY-MM-DD.",
      "La fecha de vigencia propuesta '%@' no es una fecha; use AAAA-MM-DD."
    ),
    "lib_submitted": ("%@ %@ submitted for approval.", "%@ %@ enviado a aprobación."),
    "lib_queue_title": ("Revisions awaiting your signature", "Revisiones pendientes de su firma"),
    "lib_queue_empty": ("Nothing awaits your signature.", "No hay nada pendiente de su firma."),
    "lib_still_needed": ("Approvals still needed", "Aprobaciones pendientes"),
    "lib_review_title": ("Review", "Revisión"),
    "lib_not_in_review": (
      "This revision is not awaiting approval.", "Esta revisión no está pendiente de aprobación."
    ),
    "lib_submission": ("Submission", "Envío"),
    "lib_changes_against": (
      "Changes against the revision in force:", "Cambios respecto a la revisión vigente:"
    ),
    "lib_nothing_in_force": ("none (new SOP)", "ninguna (SOP nuevo)"),
    "lib_no_signatures": ("No signature yet in this round.", "Aún no hay firmas en esta ronda."),
    "lib_sign_title": ("Sign", "Firmar"),
    "lib_action": ("Your decision", "Su decisión"),
    "lib_action_approve": ("Approve", "Aprobar"),
    "lib_action_reject": ("Reject and send back to the author", "Rechazar y devolver al autor"),
    "lib_action_review": (
      "Record a review (does not count as approval)", "Registrar revisión (no cuenta como aprobación)"
    ),
    "lib_comment_help": (
      "Required to reject: the author reads it as the review comment.",
      "Obligatorio para rechazar: el autor lo recibe como comentario de revisión."
    ),
    "lib_password_again": ("Your password, to sign", "Su contraseña, para firmar"),
    "lib_class_proposal": (
      "The change is procedural; the author proposes editorial (no retraining): %@. It stays procedural unless every approver accepts.",
      "El cambio es procedimental; el autor propone editorial (sin reciclaje): %@. Sigue siendo procedimental salvo que todos los aprobadores lo acepten."
    ),
    "lib_accept_editorial": (
      "I accept that this change is editorial: no retraining",
      "Acepto que el cambio es editorial: sin reciclaje"
    ),
    "lib_sign": ("Sign", "Firmar"),
    "lib_rendered": ("The revision as it will read", "La revisión tal como se leerá"),
    "lib_error_action": ("Choose approve, reject or review.", "Elija aprobar, rechazar o revisar."),
    "lib_error_comment": (
      "Write a comment saying why you reject it: the author needs it to fix the draft.",
      "Escriba un comentario con el motivo del rechazo: el autor lo necesita para corregir el borrador."
    ),
    "lib_error_password": (
      "Wrong password: nothing was signed. Enter your own password to sign.",
      "Contraseña incorrecta: no se ha firmado nada. Introduzca su contraseña para firmar."
    ),
    "lib_signed": ("%@ %@ signed: “%@”.", "%@ %@ firmado: «%@»."),
    "lib_now_in_force": ("Approved: in force from %@.", "Aprobado: vigente desde el %@."),
    "lib_back_to_author": ("It went back to the author as a draft.", "Ha vuelto al autor como borrador."),
  ]
}
