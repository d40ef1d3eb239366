import CivilCalendar
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
    var rates: [HalfYear: [LateInterestRate]] = [:]
    var unconfirmed: [HalfYear: String] = [:]
    if let ratesNode = fields["rates"], ratesNode.null == nil {
      guard case .mapping(let entries) = ratesNode else {
        throw fail(line(of: ratesNode), "\(code).rates must map half-years like 2024-H1 to rates")
      }
      for (key, entry) in entries {
        guard let halfYear = key.string.flatMap(HalfYear.init(text:)) else {
          throw fail(line(of: key), "\(code).rates: '\(key.string ?? "")' is not a half-year like 2024-H1")
        }
        if case .mapping(let entryFields) = entry, let note = entryFields["unconfirmed"] {
          guard let text = note.string, !text.isEmpty else {
            throw fail(line(of: note), "\(code).rates.\(halfYear).unconfirmed must say why, as a text")
          }
          unconfirmed[halfYear] = text
          continue
        }
        rates[halfYear] = try segments(entry, country: code, halfYear: halfYear, margin: margin)
      }
    }
    var fixedAtStart = false
    if let basis = fields["rate_basis"] {
      switch basis.string {
      case "half_year": fixedAtStart = false
      case "fixed_at_start": fixedAtStart = true
      default:
        throw fail(line(of: basis), "\(code).rate_basis must be half_year or fixed_at_start")
      }
    }
    return LateInterestSchedule(
      country: code, law: law, source: sourceText, marginBasisPoints: margin, compensation: compensation,
      rates: rates, unconfirmed: unconfirmed,
      compensationScale: try scale(fields["compensation_scale"], country: code, currency: currency),
      rateFixedAtStart: fixedAtStart)
  }

  /// A half-year's entry: one rate, or a list of rates each with `from` after the first (a
  /// change inside the half-year, e.g. Spain on 24 February 2013).
  private func segments(_ entry: Node, country: String, halfYear: HalfYear, margin: Int) throws
    -> [LateInterestRate]
  {
    guard case .sequence(let items) = entry else {
      return [try rate(entry, country: country, halfYear: halfYear, margin: margin)]
    }
    let place = "\(country).rates.\(halfYear)"
    let list = try items.map { try rate($0, country: country, halfYear: halfYear, margin: margin) }
    guard let first = list.first, first.from == halfYear.firstDay else {
      throw fail(
        line(of: entry), "\(place): the first rate must be in force from \(halfYear.firstDay) (no 'from')")
    }
    for (previous, next) in zip(list, list.dropFirst()) where next.from <= previous.from {
      throw fail(line(of: entry), "\(place): each rate's 'from' must be later than the one before")
    }
    return list
  }

  /// An entry is either the rate itself (`12.50`) or `{reference: 4.50, rate: 12.50}`; with
  /// only a reference, the rate is reference + margin; with both, they must agree. A mapping
  /// may also give `margin` (when the law's margin differed), `from` (a date inside the
  /// half-year) and `source` (the official publication).
  private func rate(_ entry: Node, country: String, halfYear: HalfYear, margin defaultMargin: Int) throws
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
    let margin = try fields["margin"].map { try percentValue($0, "\(place).margin") } ?? defaultMargin
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
    var from: CivilDate?
    if let fromNode = fields["from"] {
      guard let date = fromNode.string.flatMap(CivilDate.init(iso:)), HalfYear(containing: date) == halfYear
      else {
        throw fail(line(of: fromNode), "\(place).from must be a date YYYY-MM-DD inside \(halfYear)")
      }
      from = date
    }
    return LateInterestRate(
      country: country, halfYear: halfYear, basisPoints: points, referenceBasisPoints: reference, from: from,
      source: fields["source"]?.string)
  }

  /// `compensation_scale: [{from: 0.00, compensation: 40.00}, {from: 1000.00, compensation: 70.00}]`.
  private func scale(_ node: Node?, country: String, currency: String) throws
    -> [LateInterestSchedule.CompensationBand]
  {
    guard let node, node.null == nil else { return [] }
    let place = "\(country).compensation_scale"
    guard case .sequence(let items) = node else {
      throw fail(line(of: node), "\(place) must be a list of {from: AMOUNT, compensation: AMOUNT}")
    }
    return try items.map { item in
      guard case .mapping(let fields) = item,
        let from = fields["from"]?.string.flatMap({ Money(decimal: $0, currency: currency) }),
        let due = fields["compensation"]?.string.flatMap({ Money(decimal: $0, currency: currency) }),
        from.minorUnits >= 0, due.minorUnits >= 0
      else {
        throw fail(line(of: item), "\(place): each band must be {from: 1000.00, compensation: 70.00}")
      }
      return .init(from: from, compensation: due)
    }
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
