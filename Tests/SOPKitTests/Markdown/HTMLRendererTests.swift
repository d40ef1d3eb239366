import Testing

@testable import SOPKit

/// The deliberate differences from cmark (anchors, the code block hook) and the two ways in.
@Suite struct HTMLRendererTests {
  @Test func headingsCarryUniqueAnchors() throws {
    let markdown = "# Gestión de disputas\n\n## Disputes\n\n### Disputes\n\n## *Ñandú* `x` & co\n"
    let expected =
      "<h1 id=\"gestion-de-disputas\">Gestión de disputas</h1>\n<h2 id=\"disputes\">Disputes</h2>\n"
      + "<h3 id=\"disputes-2\">Disputes</h3>\n<h2 id=\"nandu-x-co\"><em>Ñandú</em> <code>x</code> &amp; co</h2>\n"
    #expect(HTMLRenderer().render(try MarkdownParser.parse(markdown)) == expected)
    #expect(try HTMLRenderer().render(markdown: markdown) == expected)
  }

  @Test func eachRenderStartsFreshSlugs() throws {
    let renderer = HTMLRenderer()
    let document = try MarkdownParser.parse("# A\n")
    #expect(renderer.render(document) == "<h1 id=\"a\">A</h1>\n")
    #expect(renderer.render(document) == "<h1 id=\"a\">A</h1>\n")
  }

  @Test func codeBlockHookReplacesChosenBlocks() throws {
    let markdown = "Intro\n\n```process\nsteps: []\n```\n\n```yaml\na: 1\n```\n"
    let renderer = HTMLRenderer { info, literal, range in
      guard info == "process" else { return nil }
      return "<ol class=\"process\" data-line=\"\(range.start.line)\"><li>\(literal.count)</li></ol>"
    }
    let expected =
      "<p>Intro</p>\n<ol class=\"process\" data-line=\"13\"><li>10</li></ol>\n"
      + "<pre><code class=\"language-yaml\">a: 1\n</code></pre>\n"
    #expect(renderer.render(try MarkdownParser.parse(markdown, lineOffset: 10)) == expected)
    #expect(try renderer.render(markdown: markdown, lineOffset: 10) == expected)
  }

  @Test func codeBlockHookSeesTheWholeInfoString() throws {
    let renderer = HTMLRenderer { info, _, _ in "<div>\(info)</div>" }
    #expect(try renderer.render(markdown: "~~~ process  v2\nx\n~~~\n") == "<div>process  v2</div>\n")
  }

  @Test func linkHookRewritesLinksButNotImagesOnBothPaths() throws {
    let renderer = HTMLRenderer(linkDestinationRewriter: { $0 == "a" ? "b&c" : nil })
    let markdown = "[x](a) [y](z) ![i](a) [j](javascript:x)\n"
    let expected =
      "<p><a href=\"b&amp;c\">x</a> <a href=\"z\">y</a> <img src=\"a\" alt=\"i\" /> <a href=\"\">j</a></p>\n"
    #expect(renderer.render(try MarkdownParser.parse(markdown)) == expected)
    #expect(try renderer.render(markdown: markdown) == expected)
    #expect(try renderer.renderBytes(markdown: markdown) == Array(expected.utf8))
  }

  /// Blocks past the arena's bump size and buffers grown by `realloc` keep every byte.
  @Test func largeBlocksSurviveTheParseArena() throws {
    let line = String(repeating: "abc<def>&", count: 20) + "\n"
    let code = String(repeating: line, count: 4000)
    let markdown = "```\n" + code + "```\n\n" + String(repeating: "word ", count: 100_000) + "\n"
    let html = try HTMLRenderer().render(markdown: markdown)
    let escaped = code.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    #expect(html.hasPrefix("<pre><code>" + escaped + "</code></pre>\n<p>word word"))
    #expect(html.hasSuffix("word</p>\n"))
    #expect(html == HTMLRenderer().render(try MarkdownParser.parse(markdown)))
  }

  @Test func streamRefusesDeepNestingLikeTheTree() {
    let markdown = "text\n\n" + String(repeating: ">", count: 300) + " deep\n"
    #expect(throws: MarkdownError.nestedTooDeep(line: 3, limit: CommonMark.maximumDepth)) {
      try HTMLRenderer().render(markdown: markdown)
    }
  }

  @Test func escapingAndSafeMode() throws {
    let markdown =
      "<script>x</script>\n\n[a](javascript:alert(1) \"<&>\") ![i\"](data:text/html,x) `<&>` ' \"\n"
    let expected =
      "<!-- raw HTML omitted -->\n<p><a href=\"\" title=\"&lt;&amp;&gt;\">a</a> "
      + "<img src=\"\" alt=\"i&quot;\" /> <code>&lt;&amp;&gt;</code> ' &quot;</p>\n"
    #expect(try HTMLRenderer().render(markdown: markdown) == expected)
  }

  @Test func dangerousURLRule() {
    for url in [
      "javascript:x", "JAVASCRIPT:x", "vbscript:x", "file:///etc", "data:text/html,x", "data:image/svg+xml,x",
    ] {
      var copy = url
      #expect(copy.withUTF8 { URLSafety.isDangerous($0) }, "\(url)")
    }
    for url in [
      "data:image/png;x", "DATA:IMAGE/GIF;x", "data:image/jpeg,x", "data:image/webp", "https://x", "java", "",
    ] {
      var copy = url
      #expect(!copy.withUTF8 { URLSafety.isDangerous($0) }, "\(url)")
    }
  }
}
