import CaseSim
import Foundation
import SOPKit
import TrainingKit

extension GoverningSOPs {
  /// The revisions `processes` were read from, the governing ones and their translations, as a
  /// live case names them so that the same rubric is loaded again after a restart.
  public static func pins(of processes: [GoverningProcess]) -> [PinnedRevision] {
    processes.flatMap { process in
      [PinnedRevision(sopID: process.sopID, revision: process.revision)]
        + process.translations.map {
          PinnedRevision(sopID: $0.sopID, revision: $0.revision, translationOf: process.sopID)
        }
    }
  }

  /// The governing processes `pins` name, in the scenario's order: each revision from the store
  /// by its label (revisions never change once approved), a working copy from its file. A
  /// translation whose file has gone is left out: it only words the feedback links.
  public func processes(pinned pins: [PinnedRevision], in store: SOPStore) throws -> [GoverningProcess] {
    let files = SOPLibrary.load(sopPaths())
    return try pins.filter { $0.translationOf == nil }.map { pin in
      guard let document = try document(pin, store: store, files: files) else {
        throw SimulationError.unusableProcess(
          sopID: pin.sopID, detail: "its revision \(pin.revision) is no longer in the store or \(sopsFolder)")
      }
      var process = try GoverningProcess(document: document, revision: pin.revision)
      process.translations = try pins.filter { $0.translationOf == pin.sopID }.compactMap { translation in
        try self.document(translation, store: store, files: files).flatMap {
          SOPTranslation(document: $0, revision: translation.revision)
        }
      }
      return process
    }
  }

  private func document(_ pin: PinnedRevision, store: SOPStore, files: SOPLibrary) throws -> SOPDocument? {
    guard pin.revision != GoverningProcess.workingCopy else { return files.document(id: pin.sopID) }
    guard let number = RevisionNumber(pin.revision) else { return nil }
    let revision = try store.revision(pin.sopID, number: number).revision
    return SOPDocument.parse(SourceFile(path: revision.sourcePath, text: revision.content)).document
  }
}
