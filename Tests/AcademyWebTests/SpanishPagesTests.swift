import Foundation
import HummingbirdTesting
import Testing

@testable import AcademyWeb

/// Every page, as every role, in Spanish: no word of the interface's English table shows.
/// What an SOP says in its own language (marked `lang="en"` on the page) is content, not
/// interface, and is left out; so are the SOPs' titles, which some tables (the coverage
/// matrix) show without marking their language.
@Suite struct SpanishPagesTests {
  /// English labels that cannot be told from content or from their Spanish: several words,
  /// no placeholders, and different in Spanish.
  static let englishLabels: [(key: String, text: String)] = {
    let english = UIText.labels(.en)
    let spanish = UIText.labels(.es)
    return english.compactMap { key, text in
      guard text != spanish[key], !text.contains("%@"), text.contains(" "), text.count >= 12 else {
        return nil
      }
      return (key, text)
    }.sorted { $0.key < $1.key }
  }()

  /// What a reader sees or hears of `html`: text and the names given to controls, without
  /// scripts and without parts marked as written in English.
  static func visibleText(_ html: String, titles: [String] = []) -> String {
    var text = html
    for pattern in [
      #"(?s)<script\b.*?</script>"#, #"(?s)<style\b.*?</style>"#,
      #"(?s)<(\w+)\b[^>]*\blang="en"[^>]*>.*?</\1>"#,
    ] {
      text = text.replacingOccurrences(
        of: pattern, with: " ", options: [.regularExpression, .caseInsensitive])
    }
    var names: [String] = []
    for attribute in ["aria-label", "title", "placeholder", "alt"] {
      let regex = try! NSRegularExpression(pattern: "\\b\(attribute)=\"([^\"]*)\"")
      let range = NSRange(text.startIndex..., in: text)
      for match in regex.matches(in: text, range: range) {
        if let value = Range(match.range(at: 1), in: text) { names.append(String(text[value])) }
      }
    }
    text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    text += " " + names.joined(separator: " ")
    for (entity, character) in [
      ("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    text = text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    for title in titles { text = text.replacingOccurrences(of: title, with: " ") }
    return text
  }

  @Test func everyPageAsEveryRoleShowsNoEnglishLabel() async throws {
    let harness = try await WebHarness.make()
    try await harness.test { client in
      let found = try await NoGetWritesTests.everyGetURL(harness, client)
      let titles = try harness.app.database.library.catalogue(roles: ["admin"]).map(\.listing.title)
        .sorted { $0.count > $1.count }
      var browsers = found.browsers
      for index in browsers.indices {
        _ = try await browsers[index].get("/login")
        let switched = try await browsers[index].post("/language", ["lang": "es", "back": "/"])
        #expect(switched.status == .seeOther)
      }
      var seen: [String: Set<String>] = [:]
      for path in found.urls.keys.sorted() {
        for url in found.urls[path] ?? [] {
          for index in browsers.indices {
            let response = try await browsers[index].get(url)
            guard response.status == .ok,
              response.headers[.contentType]?.hasPrefix("text/html") == true
            else { continue }
            let text = Self.visibleText(String(buffer: response.body), titles: titles)
            for label in Self.englishLabels where text.contains(label.text) {
              seen[label.key, default: []].insert(url)
            }
          }
        }
      }
      for (key, urls) in seen.sorted(by: { $0.key < $1.key }) {
        Issue.record(
          "English '\(UIText.text(key, .en))' (\(key)) on \(urls.sorted().joined(separator: ", "))")
      }
      #expect(Self.englishLabels.count > 100, "the check has labels to look for")
    }
  }
}
