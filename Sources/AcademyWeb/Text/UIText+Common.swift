extension UIText {
  /// Layout, navigation, log-in, account and error pages.
  static let common: Table = [
    "app_name": ("Collections Academy", "Collections Academy"),
    "skip": ("Skip to content", "Saltar al contenido"),
    "nav_library": ("SOP library", "Biblioteca de SOP"),
    "nav_plan": ("My plan", "Mi plan"),
    "nav_cases": ("Case practice", "Práctica de casos"),
    "nav_changes": ("What changed", "Qué ha cambiado"),
    "nav_author": ("My drafts", "Mis borradores"),
    "nav_approvals": ("Approvals", "Aprobaciones"),
    "nav_team": ("Team", "Equipo"),
    "nav_users": ("Users", "Usuarios"),
    "nav_account": ("Account", "Cuenta"),
    "signed_in_as": ("Signed in as", "Sesión de"),
    "log_in": ("Log in", "Iniciar sesión"),
    "log_out": ("Log out", "Cerrar sesión"),
    "user_name": ("User name", "Usuario"),
    "password": ("Password", "Contraseña"),
    "language": ("Language", "Idioma"),
    "switch": ("Switch", "Cambiar"),
    "login_failed": ("Wrong user name or password.", "Usuario o contraseña incorrectos."),
    "login_throttled": (
      "Too many wrong passwords for this user from this address. Try again in %d minute(s); nothing was done.",
      "Demasiadas contraseñas incorrectas para este usuario desde esta dirección. "
        + "Vuelva a intentarlo dentro de %d minuto(s); no se ha hecho nada."
    ),
    "login_expired": (
      "The form expired. Please log in again.", "El formulario ha caducado. Inicie sesión de nuevo."
    ),
    "change_password": ("Change password", "Cambiar contraseña"),
    "current_password": ("Current password", "Contraseña actual"),
    "new_password": ("New password", "Nueva contraseña"),
    "repeat_password": ("Repeat the new password", "Repita la nueva contraseña"),
    "passwords_differ": ("The two new passwords differ.", "Las dos contraseñas nuevas no coinciden."),
    "current_password_wrong": (
      "The current password is wrong: nothing was changed.",
      "La contraseña actual es incorrecta: no se ha cambiado nada."
    ),
    "password_changed": ("Password changed.", "Contraseña cambiada."),
    "must_change_password": (
      "You signed in with a one-time password. Choose your own before you go on.",
      "Ha entrado con una contraseña de un solo uso. Elija la suya antes de continuar."
    ),
    "save": ("Save", "Guardar"),
    "choose": ("Choose...", "Elija..."),
    "cancel": ("Cancel", "Cancelar"),
    "error_title": ("Something went wrong", "Algo ha fallado"),
    "forbidden_title": ("Not allowed", "No permitido"),
    "forbidden_text": (
      "Your role does not give access to this page. Ask a manager if you need it.",
      "Su rol no da acceso a esta página. Pida acceso a un responsable si lo necesita."
    ),
    "not_found_title": ("Page not found", "Página no encontrada"),
    "not_found_text": (
      "There is nothing at this address. Check the link or start from the library.",
      "No hay nada en esta dirección. Revise el enlace o empiece por la biblioteca."
    ),
    "server_error_text": (
      "The request could not be completed and nothing was changed. Try again; if it keeps failing, tell an admin the time it happened.",
      "No se pudo completar la petición y no se ha cambiado nada. Inténtelo de nuevo; si sigue fallando, indique la hora a un administrador."
    ),
    "disk_full_title": (
      "Nothing was saved: the server's disk is full",
      "No se ha guardado nada: el disco del servidor está lleno"
    ),
    "disk_full_text": (
      "The server's disk is full, so what you sent was not saved; nothing was changed. Pages you read still work. Tell an admin to free disk space, then send it again.",
      "El disco del servidor está lleno, así que lo que ha enviado no se ha guardado; no se ha cambiado nada. Las páginas de consulta siguen funcionando. Pida a un administrador que libere espacio en disco y vuelva a enviarlo."
    ),
    "csrf_failed": (
      "The form was stale or came from another site. Reload the page and try again.",
      "El formulario estaba caducado o venía de otro sitio. Recargue la página e inténtelo de nuevo."
    ),
    "back_home": ("Go to the start page", "Ir a la página de inicio"),
  ]
}
