import CaseSim
import CivilCalendar
import Foundation
import SOPKit

/// Finds the revisions that govern a case: the revision in force on the case start date from
/// the store when the data folder has one, else the file in the SOP folder as the working copy.
public struct GoverningSOPs: Sendable {
  /// Folder of SOP files (the working copies).
  public var sopsFolder: String
  /// Data folder whose store, when it has one, holds the revisions in force.
  public var dataFolder: String?

  /// Reads `sopsFolder`, and the store in `dataFolder` when there is one.
  public init(sopsFolder: String, dataFolder: String?) {
    self.sopsFolder = sopsFolder
    self.dataFolder = dataFolder
  }

  /// The governing processes of `scenario`, opening the data folder's store if it exists.
  public func processes(for scenario: Scenario) throws -> [GoverningProcess] {
    try processes(for: scenario, in: try openStore())
  }

  /// The same with a store already open (the web app keeps one); nil reads the files only.
  /// `day` is the day whose revisions govern: the scenario's as-of date unless given (the web
  /// workbench passes today, so trainees practise the procedures they work under now).
  public func processes(
    for scenario: Scenario, in store: SOPStore?, on day: CivilDate? = nil
  ) throws -> [GoverningProcess] {
    let files = SOPLibrary.load(sopPaths())
    let day = day ?? scenario.asOf
    let index = (try? store?.translationIndex()) ?? [:]
    return try scenario.sops.map { id in
      try process(id, on: day, store: store, files: files, index: index)
    }
  }

  /// The process of SOP `id` in force on `day`, opening the data folder's store if it exists
  /// (the working copy in `sopsFolder` when the store has no revision in force).
  public func process(_ id: String, on day: CivilDate) throws -> GoverningProcess {
    let store = try openStore()
    let index = (try? store?.translationIndex()) ?? [:]
    return try process(id, on: day, store: store, files: SOPLibrary.load(sopPaths()), index: index)
  }

  private func process(
    _ id: String, on day: CivilDate, store: SOPStore?, files: SOPLibrary, index: [String: [String]]
  ) throws -> GoverningProcess {
    var process: GoverningProcess
    if let store, let stored = try effective(id, on: day, in: store) {
      process = stored
    } else {
      guard let document = files.document(id: id) else {
        throw SimulationError.unusableProcess(sopID: id, detail: "no file for it in \(sopsFolder)")
      }
      process = try GoverningProcess(document: document, revision: GoverningProcess.workingCopy)
    }
    process.translations = try translations(of: id, on: day, store: store, index: index, files: files)
    return process
  }

  /// The translations of `id` that feedback links to: each translation's revision in force on
  /// `day` from the store, else its file (a working copy) when the store does not hold it.
  private func translations(
    of id: String, on day: CivilDate, store: SOPStore?, index: [String: [String]], files: SOPLibrary
  ) throws -> [SOPTranslation] {
    var found: [String: SOPTranslation] = [:]
    if let store {
      for translationID in index[id] ?? [] {
        if let (document, number) = try effectiveDocument(translationID, on: day, in: store),
          let translation = SOPTranslation(document: document, revision: number)
        {
          found[translation.sopID] = translation
        }
      }
    }
    for document in files.documents where document.translationOf == id {
      guard let translationID = document.id, found[translationID] == nil,
        index[id]?.contains(translationID) != true,
        let translation = SOPTranslation(document: document, revision: GoverningProcess.workingCopy)
      else { continue }
      found[translationID] = translation
    }
    return found.values.sorted { $0.sopID < $1.sopID }
  }

  /// The SOP files of the folder and of its language subfolders (`sops/es/`).
  func sopPaths() -> [String] {
    let manager = FileManager.default
    let names = (try? manager.contentsOfDirectory(atPath: sopsFolder)) ?? []
    var paths = names.filter { $0.hasSuffix(".md") }.sorted().map { "\(sopsFolder)/\($0)" }
    for name in names.sorted() where SOPLanguage(rawValue: name) != nil {
      let inner = (try? manager.contentsOfDirectory(atPath: "\(sopsFolder)/\(name)")) ?? []
      paths += inner.filter { $0.hasSuffix(".md") }.sorted().map { "\(sopsFolder)/\(name)/\($0)" }
    }
    return paths
  }

  /// Opens the store only when the folder already holds a database: scoring must not create one.
  private func openStore() throws -> SOPStore? {
    guard let dataFolder, FileManager.default.fileExists(atPath: "\(dataFolder)/academy.sqlite") else {
      return nil
    }
    return try AcademyDatabase.open(folder: dataFolder, clock: .system).store
  }

  private func effective(_ id: String, on day: CivilDate, in store: SOPStore) throws -> GoverningProcess? {
    guard let (document, number) = try effectiveDocument(id, on: day, in: store) else { return nil }
    return try GoverningProcess(document: document, revision: number)
  }

  /// The revision of `id` in force on `day`, parsed, with its number.
  private func effectiveDocument(
    _ id: String, on day: CivilDate, in store: SOPStore
  ) throws -> (SOPDocument, String)? {
    guard let history = try? store.history(id), !history.isEmpty else { return nil }
    let timeline = RevisionTimeline(
      entries: history.map {
        RevisionTimeline.Entry(
          sequence: $0.revision.sequence, state: $0.revision.state, effectiveOn: $0.revision.effectiveOn,
          obsoletedOn: $0.revision.obsoletedOn)
      })
    guard let sequence = timeline.current(on: day),
      let revision = history.first(where: { $0.revision.sequence == sequence })?.revision
    else { return nil }
    let document = SOPDocument.parse(SourceFile(path: revision.sourcePath, text: revision.content)).document
    return (document, revision.number)
  }
}
