/// The index page of an exported site: SOPs grouped by tag, readable without JavaScript;
/// `search.js` (a file next to it, never inline) adds search-as-you-type over titles.
struct SiteIndex {
  var documents: [SOPDocument]
  /// Page file per document path.
  var pages: [String: String]

  static let scriptName = "search.js"

  /// Group heading for SOPs without tags.
  static let untagged = "untagged"

  var html: String {
    var groups: [String: [SOPDocument]] = [:]
    for document in documents {
      for tag in document.tags.isEmpty ? [SiteIndex.untagged] : document.tags {
        groups[tag, default: []].append(document)
      }
    }
    let tags = groups.keys.sorted { lhs, rhs in
      // "untagged" goes last so the named groups come first.
      (lhs == SiteIndex.untagged ? 1 : 0, lhs) < (rhs == SiteIndex.untagged ? 1 : 0, rhs)
    }
    let sections = tags.map { tag in section(tag, groups[tag] ?? []) }.joined()
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>SOP library</title>
      <style>
      \(PageStyle.css)</style>
      <script src="\(SiteIndex.scriptName)" defer></script>
      </head>
      <body>
      <main class="index page-index">
      <h1>SOP library</h1>
      <p><input type="search" id="sop-search" placeholder="Search titles" aria-label="Search SOP titles" hidden></p>
      \(sections)<p id="sop-no-match" hidden>No SOP title matches.</p>
      </main>
      </body>
      </html>

      """
  }

  private func section(_ tag: String, _ members: [SOPDocument]) -> String {
    let items = members.sorted { ($0.id ?? $0.path) < ($1.id ?? $1.path) }.map { document -> String in
      let label = [document.id, document.title].compactMap { $0 }.joined(separator: " ")
      let search = HTMLText.escape(TextFolding.fold(label))
      let href = HTMLText.escape(pages[document.path] ?? "")
      return "<li data-search=\"\(search)\"><a href=\"\(href)\">\(HTMLText.escape(label))</a> "
        + "<span class=\"sop-language\">\(document.language.nativeName)</span></li>"
    }
    return "<section class=\"tag\">\n<h2>\(HTMLText.escape(tag))</h2>\n<ul class=\"sops\">\n"
      + items.joined(separator: "\n") + "\n</ul>\n</section>\n"
  }

  /// Shows the search box and filters the list as the user types; accents and case are
  /// ignored the way `TextFolding` ignores them in `data-search`.
  static let script = """
    (function () {
      "use strict";
      var input = document.getElementById("sop-search");
      if (!input) { return; }
      var noMatch = document.getElementById("sop-no-match");
      var items = Array.prototype.slice.call(document.querySelectorAll("li[data-search]"));
      var sections = Array.prototype.slice.call(document.querySelectorAll("section.tag"));
      function fold(text) {
        return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().replace(/\\s+/g, " ").trim();
      }
      function filter() {
        var query = fold(input.value);
        var shown = 0;
        items.forEach(function (item) {
          var match = query === "" || item.getAttribute("data-search").indexOf(query) !== -1;
          item.hidden = !match;
          if (match) { shown += 1; }
        });
        sections.forEach(function (section) {
          section.hidden = section.querySelector("li[data-search]:not([hidden])") === null;
        });
        if (noMatch) { noMatch.hidden = shown !== 0; }
      }
      input.hidden = false;
      input.addEventListener("input", filter);
    })();

    """
}
