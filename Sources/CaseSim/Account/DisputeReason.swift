/// Dispute reason codes (JD Edwards and retail deduction codes, see DOMAIN.md "Disputes").
public enum DisputeReason: String, Sendable, Hashable, Codable, CaseIterable {
  /// Price differs from the agreed one.
  case pricing
  /// Fewer goods delivered than invoiced.
  case shortShipment = "short_shipment"
  /// Goods arrived damaged.
  case damagedGoods = "damaged_goods"
  /// Goods or service not up to standard.
  case quality
  /// Invoiced twice.
  case duplicateBilling = "duplicate_billing"
  /// Wrong tax.
  case tax
  /// Purchase order missing or wrong.
  case missingPO = "missing_po"
  /// No proof of delivery.
  case proofOfDelivery = "proof_of_delivery"
  /// Goods sent back.
  case goodsReturned = "goods_returned"
  /// The customer says it paid.
  case alreadyPaid = "already_paid"

  /// The team that resolves it by default (DOMAIN.md routing; an SOP may change it).
  public var defaultResolver: String {
    switch self {
    case .pricing: "sales"
    case .shortShipment, .proofOfDelivery, .damagedGoods, .goodsReturned: "logistics"
    case .quality: "quality"
    case .duplicateBilling, .tax: "billing"
    case .missingPO: "order_admin"
    case .alreadyPaid: "cash_application"
    }
  }
}
