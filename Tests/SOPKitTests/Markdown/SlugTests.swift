import Testing

@testable import SOPKit

@Suite struct SlugTests {
  @Test(arguments: [
    ("Gestión de disputas", "gestion-de-disputas"),
    ("Dispute management", "dispute-management"),
    ("¿Qué hacer si el cliente no paga?", "que-hacer-si-el-cliente-no-paga"),
    ("Año fiscal & señales", "ano-fiscal-senales"),
    ("Straße", "strasse"),
    ("Ärger über Öl", "arger-uber-ol"),
    ("Step 2 -- call (within 2 days)", "step-2-call-within-2-days"),
    ("  --Leading and trailing--  ", "leading-and-trailing"),
    ("snake_case and `code`", "snake-case-and-code"),
    ("EUR 40 / 100 €", "eur-40-100"),
    ("Revisión — historial", "revision-historial"),
    ("Ελληνικά κείμενα", "ελληνικα-κειμενα"),
    ("日本語", "日本語"),
    ("", "section"),
    ("!!! ???", "section"),
  ])
  func slug(text: String, expected: String) {
    #expect(Slug.make(text) == expected)
  }

  @Test func asciiBytesAndStringsAgree() {
    for text in ["Hello World", "A-B_c 9", "", "ÄÖ"] {
      var copy = text
      #expect(copy.withUTF8 { Slug.make(utf8: $0) } == Slug.make(text))
    }
  }

  @Test func duplicatesGetNumberedInOrder() {
    var slugs = SlugAllocator()
    #expect(slugs.allocate(for: "Disputes") == "disputes")
    #expect(slugs.allocate(for: "Disputes!") == "disputes-2")
    #expect(slugs.allocate(for: "disputes") == "disputes-3")
    #expect(slugs.allocate(for: "") == "section")
    #expect(slugs.allocate(for: "?") == "section-2")
  }

  @Test func aLiteralSuffixIsNotReused() {
    var slugs = SlugAllocator()
    #expect(slugs.allocate(for: "Disputes 2") == "disputes-2")
    #expect(slugs.allocate(for: "Disputes") == "disputes")
    #expect(slugs.allocate(for: "Disputes") == "disputes-3")
    #expect(slugs.allocate(for: "Disputes") == "disputes-4")
  }

  /// Enough headings to grow the allocator's table many times, against the rule spelled
  /// out with a plain set: the first free `base`, `base-2`, `base-3`, ...
  @Test func manyHeadingsMatchTheRule() {
    let texts = (0..<3_000).map { index in
      ["Disputes", "Disputes 2", "Call", "Gestión", "Call 3", "!!", "Step \(index % 50)"][index % 7]
    }
    var slugs = SlugAllocator()
    var taken: Set<String> = []
    for text in texts {
      let base = Slug.make(text)
      var candidate = base
      var suffix = 2
      while taken.contains(candidate) {
        candidate = "\(base)-\(suffix)"
        suffix += 1
      }
      taken.insert(candidate)
      #expect(slugs.allocate(for: text) == candidate)
    }
  }
}
