/// The stylesheet embedded in every page (no external assets: pages open from `file://`
/// and from machines without internet), with a print stylesheet.
enum PageStyle {
  static let css = """
    :root { color-scheme: light; --ink: #1d2430; --muted: #5b6474; --line: #d8dde6; --accent: #1f5fa8; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
    a { color: var(--accent); }
    nav.site { padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); display: flex; gap: 1.5rem; }
    nav.site .languages { margin-left: auto; }
    .page { display: grid; grid-template-columns: 16rem minmax(0, 48rem); gap: 2.5rem; padding: 1.5rem; }
    .panel { font-size: .9rem; color: var(--muted); }
    .metadata { display: grid; grid-template-columns: auto 1fr; gap: .2rem .8rem; margin: 0 0 1.5rem; }
    .metadata dt { font-weight: 600; }
    .metadata dd { margin: 0; }
    .toc h2 { font-size: .95rem; margin: 0 0 .4rem; }
    .toc ol { list-style: none; padding: 0; margin: 0; }
    .toc .toc-3 { padding-left: 1rem; }
    main.sop h1 { margin-top: 0; }
    main.sop table { border-collapse: collapse; }
    main.sop th, main.sop td { border: 1px solid var(--line); padding: .3rem .6rem; }
    main.sop pre { background: #f4f6f9; padding: .8rem; overflow-x: auto; }
    ol.process { padding-left: 1.6rem; }
    ol.process li { margin: .5rem 0; }
    ol.process .step-details { color: var(--muted); font-size: .92rem; }
    ol.process .step-forbidden > a { color: #a3261b; }
    main.index { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
    ul.sops { list-style: none; padding: 0; }
    ul.sops li { margin: .3rem 0; }
    .sop-language { color: var(--muted); font-size: .85rem; }
    input[type=search] { font: inherit; padding: .4rem .6rem; width: 100%; max-width: 28rem; }
    @media (max-width: 52rem) { .page { grid-template-columns: 1fr; } }
    @media print {
      nav.site, nav.toc, input[type=search] { display: none; }
      body { font-size: 11pt; }
      .page { display: block; padding: 0; }
      .panel { border-bottom: 1px solid #999; margin-bottom: 1rem; }
      a { color: inherit; text-decoration: none; }
      ol.process li, table, pre { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
    }

    """
}
