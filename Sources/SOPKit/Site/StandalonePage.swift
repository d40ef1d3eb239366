/// The full HTML5 page of one SOP: navigation, metadata panel, table of contents and the
/// rendered body, styled by `PageStyle` embedded in the page.
struct StandalonePage {
  var document: SOPDocument
  var options: PageOptions
  var fragment: String

  private var labels: PageLabels { PageLabels(document.language) }

  var html: String {
    let title = [document.id, document.title].compactMap { $0 }.joined(separator: " ")
    return """
      <!DOCTYPE html>
      <html lang="\(document.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLText.escape(title))</title>
      <style>
      \(PageStyle.css)</style>
      </head>
      <body>
      \(navigation)<div class="page">
      <aside class="panel">
      \(metadataPanel)\(tableOfContents)</aside>
      <main class="sop">
      \(fragment)</main>
      </div>
      </body>
      </html>

      """
  }

  private var navigation: String {
    var links: [String] = []
    if let index = options.indexLink {
      links.append("<a href=\"\(HTMLText.escape(index))\">\(labels.allSOPs)</a>")
    }
    if options.languageLinks.count > 1 {
      let switches = options.languageLinks.map { link -> String in
        let name = HTMLText.escape(link.language.nativeName)
        if link.isCurrent { return "<strong lang=\"\(link.language.rawValue)\">\(name)</strong>" }
        return "<a href=\"\(HTMLText.escape(link.href))\" hreflang=\"\(link.language.rawValue)\" "
          + "lang=\"\(link.language.rawValue)\">\(name)</a>"
      }
      links.append("<span class=\"languages\">\(switches.joined(separator: " · "))</span>")
    }
    guard !links.isEmpty else { return "" }
    return "<nav class=\"site\">\(links.joined(separator: " "))</nav>\n"
  }

  private var metadataPanel: String {
    let partial = document.partialMetadata
    let labels = labels
    let rows: [(String, String)] = [
      (labels.id, document.id ?? labels.none),
      (labels.revision, options.revision ?? labels.workingCopy),
      (labels.owner, partial.owner ?? labels.notSet),
      (labels.approvers, partial.approvers?.joined(separator: ", ") ?? labels.notSet),
      (labels.effective, partial.effective?.iso ?? labels.notSet),
      (labels.status, options.status ?? labels.draftFile),
      (labels.language, document.language.nativeName),
      (labels.reviewEvery, partial.reviewEveryMonths.map(labels.months) ?? labels.notSet),
    ]
    let items = rows.map { "<dt>\(HTMLText.escape($0.0))</dt><dd>\(HTMLText.escape($0.1))</dd>" }
    return "<dl class=\"metadata\">\n\(items.joined(separator: "\n"))\n</dl>\n"
  }

  private var tableOfContents: String {
    let entries = document.outline.entries.filter { $0.level >= 2 && $0.level <= 3 }
    guard !entries.isEmpty else { return "" }
    let items = entries.map {
      "<li class=\"toc-\($0.level)\"><a href=\"#\(HTMLText.escape($0.slug))\">\(HTMLText.escape($0.text))</a></li>"
    }
    return
      "<nav class=\"toc\">\n<h2>\(labels.contents)</h2>\n<ol>\n\(items.joined(separator: "\n"))\n</ol>\n</nav>\n"
  }
}
