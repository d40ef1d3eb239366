import Foundation
import Yams

/// The Spanish banks whose entity codes generated Spanish IBANs use, read once from the
/// bundled `Resources/spanish-banks.yaml` (its header gives the source of every code).
enum SpanishBanks {
  /// One bank of the list.
  struct Bank: Sendable, Hashable {
    /// The four-digit entity code.
    var code: String
    /// The registered name.
    var name: String
    /// The BIC.
    var bic: String
  }

  /// Every bank of the bundled list, in file order.
  static let banks: [Bank] = (try? load(bundledText())) ?? [fallback]

  /// The entity codes, drawn from by the generator.
  static let codes: [String] = banks.map(\.code)

  /// Used only if the bundled file could not be read (a broken installation): the tests
  /// check that the file loads, so a release never ships on this.
  private static let fallback = Bank(code: "2100", name: "CaixaBank, S.A.", bic: "CAIXESBB")

  /// Why the bank list cannot be read.
  struct Problem: Error, CustomStringConvertible, Equatable {
    var description: String
  }

  static func bundledText() throws -> String {
    guard
      let url = Bundle.module.url(
        forResource: "spanish-banks", withExtension: "yaml", subdirectory: "Resources")
    else { throw Problem(description: "spanish-banks.yaml is missing from the CaseSim bundle") }
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Parses the file's text; every code must be four digits and every BIC eight letters
  /// or digits.
  static func load(_ text: String) throws -> [Bank] {
    guard let root = try Yams.compose(yaml: text)?.mapping, let list = root["banks"]?.sequence else {
      throw Problem(description: "spanish-banks.yaml: expected a 'banks' list")
    }
    return try list.map { node in
      guard let fields = node.mapping, let code = fields["code"]?.string, let name = fields["name"]?.string,
        let bic = fields["bic"]?.string, code.count == 4, code.allSatisfy(\.isASCIINumber), bic.count == 8
      else {
        throw Problem(
          description: "spanish-banks.yaml:\((node.mark?.line).map(String.init) ?? "?"): each bank needs a "
            + "four-digit code, a name and an eight-character BIC")
      }
      return Bank(code: code, name: name, bic: bic)
    }
  }
}
