import Testing

@testable import SOPKit

/// GFM pipe tables, checked against the GFM spec's table examples (198-205) and SOP cases.
/// Every case is rendered both ways (tree and cmark stream), which must agree.
@Suite struct TableExtensionTests {
  private func render(_ markdown: String) throws -> String {
    let tree = HTMLRenderer().render(try MarkdownParser.parse(markdown))
    let stream = try HTMLRenderer().render(markdown: markdown)
    #expect(tree == stream)
    return tree
  }

  @Test func basicTable() throws {
    #expect(
      try render("| foo | bar |\n| --- | --- |\n| baz | bim |\n")
        == "<table>\n<thead>\n<tr>\n<th>foo</th>\n<th>bar</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td>baz</td>\n<td>bim</td>\n</tr>\n</tbody>\n</table>\n")
  }

  @Test func alignmentsAndOptionalOuterPipes() throws {
    #expect(
      try render("| abc | defghi |\n:-: | -----------:\nbar | baz\n")
        == "<table>\n<thead>\n<tr>\n<th align=\"center\">abc</th>\n<th align=\"right\">defghi</th>\n"
        + "</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"center\">bar</td>\n<td align=\"right\">baz</td>\n"
        + "</tr>\n</tbody>\n</table>\n")
    let left = try render("a | b\n:-- | ---\n1 | 2\n")
    #expect(left.contains("<th align=\"left\">a</th>\n<th>b</th>"))
  }

  @Test func escapedPipesAreLiteralEvenInCodeAndEmphasis() throws {
    #expect(
      try render("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n")
        == "<table>\n<thead>\n<tr>\n<th>f|oo</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td>b <code>|</code> az</td>\n</tr>\n<tr>\n<td>b <strong>|</strong> im</td>\n</tr>\n"
        + "</tbody>\n</table>\n")
  }

  @Test func blockQuoteEndsTheTable() throws {
    #expect(
      try render("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n")
        == "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n")
  }

  @Test func lineWithoutPipeIsARowUntilTheBlankLine() throws {
    #expect(
      try render("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n")
        == "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td>bar</td>\n<td>baz</td>\n</tr>\n<tr>\n<td>bar</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n"
        + "<p>bar</p>\n")
  }

  @Test func headerAndDelimiterCountsMustMatch() throws {
    #expect(try render("| abc | def |\n| --- |\n| bar |\n") == "<p>| abc | def |\n| --- |\n| bar |</p>\n")
  }

  @Test func shortRowsArePaddedAndLongRowsCut() throws {
    #expect(
      try render("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n")
        == "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td>bar</td>\n<td></td>\n</tr>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n")
  }

  @Test func headerOnlyTableHasNoBody() throws {
    #expect(
      try render("| abc | def |\n| --- | --- |\n")
        == "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n</table>\n")
  }

  @Test func linesBeforeTheHeaderStayAParagraph() throws {
    let html = try render("Roles *below*:\nsecond line\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    #expect(html.hasPrefix("<p>Roles <em>below</em>:\nsecond line</p>\n<table>\n<thead>\n<tr>\n<th>a</th>"))
    let document = try MarkdownParser.parse("intro\n| a | b |\n|---|---|\n| 1 | 2 |\n", lineOffset: 10)
    #expect(document.children.map(\.kind) == [.paragraph, .table(alignments: [.none, .none])])
    #expect(document.children[1].range.start.line == 12)
    #expect(document.children[1].children[1].range.start.line == 14)
  }

  @Test func cellsHoldInlineMarkdownButNoBlocks() throws {
    let html = try render(
      "| # not a heading | - not a list | [link](/u \"t\") |\n|---|---|---|\n| <b>x</b> | *e* | `c` |\n")
    #expect(
      html.contains(
        "<th># not a heading</th>\n<th>- not a list</th>\n<th><a href=\"/u\" title=\"t\">link</a></th>"))
    #expect(
      html.contains("<td><!-- raw HTML omitted -->x<!-- raw HTML omitted --></td>\n<td><em>e</em></td>\n"))
    #expect(html.contains("<td><code>c</code></td>"))
  }

  @Test func tablesInsideQuotesAndListItems() throws {
    let quoted = try render("> | a | b |\n> |:-:|---|\n> | 1 | 2 |\n")
    #expect(
      quoted
        == "<blockquote>\n<table>\n<thead>\n<tr>\n<th align=\"center\">a</th>\n<th>b</th>\n</tr>\n</thead>\n"
        + "<tbody>\n<tr>\n<td align=\"center\">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n</blockquote>\n"
    )
    let listed = try render(
      "1. Codes:\n\n   | Code | Meaning |\n   |------|---------|\n   | `QTY` | short |\n")
    #expect(listed.contains("<li>\n<p>Codes:</p>\n<table>\n<thead>"))
    #expect(listed.contains("<td><code>QTY</code></td>\n<td>short</td>"))
  }

  @Test func notTables() throws {
    // A single line, a thematic break, a setext underline and prose with dashes stay CommonMark.
    #expect(try render("| a | b |\n") == "<p>| a | b |</p>\n")
    #expect(try render("a\n---\n") == "<h2 id=\"a\">a</h2>\n")
    #expect(try render("Totals\n-- not a row --\n") == "<p>Totals\n-- not a row --</p>\n")
    #expect(try render("x | y\n`-|-`\n") == "<p>x | y\n<code>-|-</code></p>\n")
  }

  @Test func carriageReturnLineEndingsReadLikeNewlines() throws {
    let unix = try render("intro\n| a | b |\n|---|---|\n| 1 | *2* |\n\n| c |\n|---|\n| 3 |\n")
    #expect(
      try render("intro\r\n| a | b |\r\n|---|---|\r\n| 1 | *2* |\r\n\r\n| c |\r\n|---|\r\n| 3 |\r\n") == unix)
    #expect(try render("intro\r| a | b |\r|---|---|\r| 1 | *2* |\r\r| c |\r|---|\r| 3 |\r") == unix)
  }

  @Test func plainAndInlineCellsMixInOneTable() throws {
    #expect(
      try render("| a | b |\n|---|---|\n| x > y \"q\" | *e* |\n| [l](u) | z |\n")
        == "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        + "<td>x &gt; y &quot;q&quot;</td>\n<td><em>e</em></td>\n</tr>\n<tr>\n<td><a href=\"u\">l</a></td>\n"
        + "<td>z</td>\n</tr>\n</tbody>\n</table>\n")
  }

  @Test func manyTablesDoNotCountAsNesting() throws {
    let markdown = String(repeating: "| a | b |\n|---|---|\n| 1 | 2 |\n\n", count: 300)
    let html = try HTMLRenderer().render(markdown: markdown)
    #expect(html.components(separatedBy: "<table>").count == 301)
  }

  @Test func rowSplitting() {
    #expect(TableRow(ArraySlice(Array("| a | b\\|c | `d` |".utf8))).cells == ["a", "b|c", "`d`"])
    #expect(TableRow(ArraySlice(Array("a|b".utf8))).cells == ["a", "b"])
    #expect(TableRow(ArraySlice(Array("|a||".utf8))).cells == ["a", ""])
    #expect(TableRow(ArraySlice(Array("  ".utf8))).cells == [""])
    #expect(TableRow(ArraySlice(Array("| a\\|b | c\\\\|d |".utf8))).cells == ["a|b", "c\\\\", "d"])
    #expect(TableRow(ArraySlice(Array(" :--: | --: |---".utf8))).alignments == [.center, .right, .none])
    #expect(TableRow(ArraySlice(Array("| -- | x |".utf8))).alignments == nil)
  }
}
