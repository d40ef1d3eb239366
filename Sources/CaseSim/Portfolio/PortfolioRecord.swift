import Foundation

/// The part of a generated account (`case generate` NDJSON) that portfolio reports read.
/// Amounts arrive as decimal strings and dates as `YYYY-MM-DD`, as the generator writes them.
struct PortfolioRecord: Decodable {
  struct Customer: Decodable {
    var legalName: String
    var creditLimit: String
    var riskClass: String
  }

  struct Invoice: Decodable {
    var number: String
    var issueDate: String
    var dueDate: String
    var gross: String
    var openAmount: String
  }

  struct Settled: Decodable {
    var issueDate: String
    var amount: String
  }

  struct Dispute: Decodable {
    var invoice: String
    var reason: String
    var openAmount: String
  }

  struct Promise: Decodable {
    var promisedDate: String
    var status: String
  }

  struct Insolvency: Decodable {
    var published: String
  }

  var id: String
  var currency: String
  var customer: Customer
  var invoices: [Invoice]
  var history: [Settled]
  var disputes: [Dispute]
  var promises: [Promise]
  var insolvency: Insolvency?

  static func decode(_ line: Data) throws -> PortfolioRecord {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(PortfolioRecord.self, from: line)
  }
}
