/// The words around an SOP on its standalone page, in the SOP's own language, so a Spanish
/// SOP reads as Spanish from the navigation to the metadata panel.
struct PageLabels {
  var allSOPs: String
  var contents: String
  var id: String
  var revision: String
  var owner: String
  var approvers: String
  var effective: String
  var status: String
  var language: String
  var reviewEvery: String
  var none: String
  var notSet: String
  var workingCopy: String
  var draftFile: String
  var months: (Int) -> String

  init(_ language: SOPLanguage) {
    switch language {
    case .en:
      allSOPs = "All SOPs"
      contents = "Contents"
      id = "Id"
      revision = "Revision"
      owner = "Owner"
      approvers = "Approvers"
      effective = "Effective"
      status = "Status"
      self.language = "Language"
      reviewEvery = "Review every"
      none = "none"
      notSet = "not set"
      workingCopy = "working copy"
      draftFile = "draft (file)"
      months = { "\($0) months" }
    case .es:
      allSOPs = "Todos los procedimientos"
      contents = "Contenido"
      id = "Código"
      revision = "Revisión"
      owner = "Responsable"
      approvers = "Aprobadores"
      effective = "En vigor desde"
      status = "Estado"
      self.language = "Idioma"
      reviewEvery = "Revisión cada"
      none = "ninguno"
      notSet = "sin indicar"
      workingCopy = "copia de trabajo"
      draftFile = "borrador (archivo)"
      months = { "\($0) meses" }
    }
  }
}
