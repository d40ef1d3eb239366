extension ProcessWording {
  static func spanishAction(_ action: ProcessAction) -> String {
    switch action {
    case .reviewAccount: return "revisar la cuenta"
    case .call: return "llamar"
    case .email: return "enviar un correo"
    case .sendDunning: return "enviar una carta de reclamación"
    case .stopDunning: return "bloquear las reclamaciones"
    case .logDispute: return "registrar la disputa"
    case .routeDispute: return "asignar la disputa"
    case .escalate: return "escalar"
    case .recordPromise: return "registrar la promesa de pago"
    case .requestPlanApproval: return "pedir la aprobación de un plan de pagos"
    case .proposePaymentPlan: return "proponer el plan de pagos"
    case .allocateCredit: return "aplicar el saldo a favor"
    case .refund: return "reembolsar"
    case .reconcile: return "enviar una conciliación"
    case .creditHold: return "bloquear el crédito de la cuenta"
    case .claimLateInterest: return "reclamar intereses de demora y la compensación"
    case .shiftToLegal: return "pasar a la vía judicial"
    case .requestWriteOff: return "pedir el pase a fallidos"
    case .writeOff: return "contabilizar el pase a fallidos"
    case .fileInsolvencyClaim: return "comunicar el crédito al administrador concursal"
    }
  }

  static func spanishEvent(_ event: ProcessEvent) -> String {
    switch event {
    case .caseStart: return "el inicio del caso"
    case .disputeRaised: return "la apertura de la disputa"
    case .disputeLogged: return "el registro de la disputa"
    case .disputeRouted: return "la asignación de la disputa"
    case .disputeOverdue: return "el vencimiento de la disputa"
    case .disputeResolved: return "la resolución de la disputa"
    case .promiseMade: return "la promesa de pago"
    case .promiseBroken: return "el incumplimiento de la promesa"
    case .paymentReceived: return "la llegada del pago"
    case .planRequested: return "la petición de un plan de pagos"
    case .planApproved: return "la aprobación del plan"
    case .creditFound: return "la detección del saldo a favor"
    case .reconciliationRequested: return "la petición de conciliación"
    case .insolvencyDeclared: return "la declaración de concurso"
    case .insolvencyPublished: return "la publicación del concurso"
    case .dunningExhausted: return "el agotamiento de las reclamaciones"
    case .writeOffApproved: return "la aprobación del pase a fallidos"
    case .negotiationsNotified: return "la comunicación de negociaciones con los acreedores"
    case .step(let id): return "el paso \(id)"
    }
  }

  static func spanishCondition(_ condition: ProcessCondition) -> String {
    switch condition {
    case .overdue: return "hay una factura vencida"
    case .disputeRaised: return "se ha abierto una disputa"
    case .disputeOpen: return "hay una disputa abierta"
    case .invoiceDisputed: return "la factura está en disputa"
    case .disputeOverdue: return "una disputa está vencida"
    case .promiseOpen: return "hay una promesa de pago pendiente"
    case .promiseBroken: return "se ha incumplido una promesa"
    case .planRequested: return "el cliente ha pedido un plan de pagos"
    case .planApproved: return "el plan de pagos está aprobado"
    case .creditBalance: return "la cuenta tiene saldo a favor"
    case .reconciliationRequested: return "el cliente ha pedido una conciliación"
    case .customerInsolvent: return "el cliente está en concurso"
    case .dunningExhausted: return "se han agotado las reclamaciones"
    case .writeOffApproved: return "el pase a fallidos está aprobado"
    case .legalShifted: return "la cuenta está en vía judicial"
    case .customerInNegotiations: return "el cliente ha comunicado negociaciones con sus acreedores"
    case .customerLanguage(let language): return "el cliente habla \(language == .es ? "español" : "inglés")"
    case .customerCountry(let code): return "el cliente está en \(code)"
    }
  }
}
