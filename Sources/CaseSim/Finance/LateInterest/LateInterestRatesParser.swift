import Yams

/// Reads the rates file into schedules, reporting the line of every problem.
///
/// Rates are read from the scalars' source text, never through a float, so `11.15` stays
/// exactly 1115 basis points.
struct LateInterestRatesParser {
  /// Name of the file in messages.
  let source: String

  func parse(_ yaml: String) throws -> [LateInterestSchedule] {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw syntaxError(error)
    } catch {
      throw fail(0, "is not valid YAML: \(error)")
    }
    guard let root, case .mapping(let top) = root else {
      throw fail(1, "must be a mapping with a 'countries' key")
    }
    guard let countries = top["countries"] else {
      throw fail(line(of: root), "is missing the 'countries' mapping")
    }
    guard case .mapping(let byCountry) = countries else {
      throw fail(line(of: countries), "'countries' must map country codes to their rules")
    }
    return try byCountry.map { key, value in try schedule(code: key, node: value) }
  }

  private func schedule(code node: Node, node value: Node) throws -> LateInterestSchedule {
    let code = node.string ?? ""
    guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      throw fail(line(of: node), "country '\(code)' must be a two-letter ISO 3166 code like ES")
    }
    guard case .mapping(let fields) = value else {
      throw fail(line(of: value), "country \(code) must be a mapping of law, source, margin, rates...")
    }
    let law = try text(fields, "law", in: code, at: value)
    let sourceText = try text(fields, "source", in: code, at: value)
    let currency = try text(fields, "currency", in: code, at: value)
    let margin = try percent(fields, "margin", in: code, at: value)
    let compensationNode = try field(fields, "compensation", in: code, at: value)
    guard let compensationText = compensationNode.string,
      let compensation = Money(decimal: compensationText, currency: currency), compensation.minorUnits >= 0
    else {
      throw fail(line(of: compensationNode), "\(code).compensation must be an amount like 40.00")
    }
    var rates: [HalfYear: LateInterestRate] = [:]
    if let ratesNode = fields["rates"], ratesNode.null == nil {
      guard case .mapping(let entries) = ratesNode else {
        throw fail(line(of: ratesNode), "\(code).rates must map half-years like 2024-H1 to rates")
      }
      for (key, entry) in entries {
        guard let halfYear = key.string.flatMap(HalfYear.init(text:)) else {
          throw fail(line(of: key), "\(code).rates: '\(key.string ?? "")' is not a half-year like 2024-H1")
        }
        rates[halfYear] = try rate(entry, country: code, halfYear: halfYear, margin: margin)
      }
    }
    return LateInterestSchedule(
      country: code, law: law, source: sourceText, marginBasisPoints: margin, compensation: compensation,
      rates: rates)
  }

  /// An entry is either the rate itself (`12.50`) or `{reference: 4.50, rate: 12.50}`; with
  /// only a reference, the rate is reference + margin; with both, they must agree.
  private func rate(_ entry: Node, country: String, halfYear: HalfYear, margin: Int) throws
    -> LateInterestRate
  {
    let place = "\(country).rates.\(halfYear)"
    if case .scalar = entry {
      guard let text = entry.string, let points = LateInterestRate.basisPoints(percentText: text), points >= 0
      else { throw fail(line(of: entry), "\(place) must be a percentage like 12.50") }
      return LateInterestRate(country: country, halfYear: halfYear, basisPoints: points)
    }
    guard case .mapping(let fields) = entry else {
      throw fail(line(of: entry), "\(place) must be a percentage or {reference: ..., rate: ...}")
    }
    let reference = try fields["reference"].map { try percentValue($0, "\(place).reference") }
    let stated = try fields["rate"].map { try percentValue($0, "\(place).rate") }
    guard let points = stated ?? reference.map({ $0 + margin }) else {
      throw fail(line(of: entry), "\(place) needs 'rate', 'reference' or both")
    }
    if let reference, points != reference + margin {
      let expected = LateInterestRate.percentText(basisPoints: reference + margin)
      throw fail(
        line(of: entry),
        "\(place): rate \(LateInterestRate.percentText(basisPoints: points)) is not reference "
          + "\(LateInterestRate.percentText(basisPoints: reference)) + margin "
          + "\(LateInterestRate.percentText(basisPoints: margin)) = \(expected); fix one of them")
    }
    guard points >= 0 else { throw fail(line(of: entry), "\(place) must not be negative") }
    return LateInterestRate(
      country: country, halfYear: halfYear, basisPoints: points, referenceBasisPoints: reference)
  }

  private func field(_ fields: Node.Mapping, _ key: String, in code: String, at node: Node) throws -> Node {
    guard let value = fields[key] else { throw fail(line(of: node), "country \(code) is missing '\(key)'") }
    return value
  }

  private func text(_ fields: Node.Mapping, _ key: String, in code: String, at node: Node) throws -> String {
    let value = try field(fields, key, in: code, at: node)
    guard case .scalar = value, let string = value.string, !string.isEmpty else {
      throw fail(line(of: value), "\(code).\(key) must be a non-empty text")
    }
    return string
  }

  private func percent(_ fields: Node.Mapping, _ key: String, in code: String, at node: Node) throws -> Int {
    try percentValue(try field(fields, key, in: code, at: node), "\(code).\(key)")
  }

  private func percentValue(_ node: Node, _ place: String) throws -> Int {
    guard case .scalar = node, let text = node.string,
      let points = LateInterestRate.basisPoints(percentText: text)
    else { throw fail(line(of: node), "\(place) must be a percentage like 8.00 (at most two decimals)") }
    return points
  }

  private func line(of node: Node) -> Int { node.mark?.line ?? 0 }

  private func fail(_ line: Int, _ message: String) -> FinanceError {
    .ratesFile(source: source, line: line, message: message)
  }

  private func syntaxError(_ error: YamlError) -> FinanceError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return fail(mark.line, "is not valid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().joined(separator: ", ")
      return fail(context.mark.line, "repeats the key(s) \(keys) in one mapping; keep one of each")
    default:
      return fail(0, "is not valid YAML: \(error)")
    }
  }
}
