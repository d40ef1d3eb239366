extension MarkdownDocument {
  /// Builds a document from a walk that enters nodes in document order and leaves each
  /// container after its children, as cmark's iterator does.
  struct Builder {
    private(set) var document: MarkdownDocument
    /// The open containers, innermost last, and the last child each has so far (-1).
    private var open: [Int32] = []
    private var lastChild: [Int32] = []

    init(reservingFor byteCount: Int) {
      document = MarkdownDocument(reservingFor: byteCount)
    }

    /// How many containers are open.
    var depth: Int { open.count }

    /// Adds `node` as the next child of the innermost open container (the first node is
    /// the root); a container stays open until `close()`.
    mutating func add(_ node: Node) {
      let index = document.append(node)
      if let parent = open.last {
        let previous = lastChild[lastChild.count - 1]
        if previous < 0 {
          document[parent].firstChild = index
        } else {
          document[previous].nextSibling = index
        }
        lastChild[lastChild.count - 1] = index
      }
      if node.isContainer {
        open.append(index)
        lastChild.append(-1)
      }
    }

    /// Closes the innermost open container.
    mutating func close() {
      open.removeLast()
      lastChild.removeLast()
    }

    /// Stores a node's text (see `MarkdownDocument.store`).
    mutating func store(_ text: UnsafeBufferPointer<UInt8>) -> ByteRange {
      document.store(text)
    }
  }
}
