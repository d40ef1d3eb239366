import AcademyServices
import ArgumentParser
import SOPKit

extension Academy.SOP {
  /// `academy sop search QUERY [--language es|en]`.
  struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "search", abstract: "Search the sections of SOPs in force (accents and case ignored).")

    @Argument(help: "Words to find (each matches as a prefix).") var query: String
    @Option(help: "en or es.") var language: String?
    @OptionGroup var store: StoreOptions

    func run() async throws {
      let hits = try store.open().library.search(query, language: language)
      if hits.isEmpty { print("no match") }
      for hit in hits {
        print("\(hit.sopID) \(hit.number) #\(hit.slug) — \(hit.heading)")
        let snippet = hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " ")
        if !snippet.isEmpty { print("  \(snippet)") }
      }
    }
  }
}
