import Testing

@testable import CaseSim

@Suite struct TextTableTests {
  @Test func givesBackEachEntryByPosition() {
    let entries = ["García", "", "Müller & Söhne", "x", "Transportes Garrido Ruiz"]
    let table = TextTable(entries)
    defer { table.deallocate() }
    #expect(table.count == entries.count)
    for (index, entry) in entries.enumerated() {
      #expect(String(decoding: table[index], as: UTF8.self) == entry)
    }
  }

  /// `AccountText.append(entry:)` copies whole words, reading past an entry's end into the
  /// table's slack and writing past it into room the next write covers.
  @Test func entriesCopyWholeWordsWithoutSpillingIntoTheText() {
    let table = TextTable(["ab", "Bahnhofstraße", "Calle de Alcalá"])
    defer { table.deallocate() }
    let text = AccountText()
    text.begin()
    text.append(entry: table[2])
    text.append(UInt8(ascii: ","))
    text.append(entry: table[0])
    text.end(.street)
    text.begin()
    text.append(entry: table[1])
    text.end(.city)
    #expect(text.string(.street) == "Calle de Alcalá,ab")
    #expect(text.string(.city) == "Bahnhofstraße")
  }
}
