/// Rendered SOP HTML by revision hash: a revision never changes, so its HTML never goes stale.
actor RenderedPageCache {
  private var pages: [String: String] = [:]
}
