/// An account made to be written straight out: `AccountGenerator.refill(_:seed:index:)`
/// fills it, and `AccountEncoder` writes it. Its id, its customer's text, its settled
/// invoices' numbers and its purchase orders stay as bytes in a buffer reused from account
/// to account, so streaming makes no `String` for them; whoever needs an `Account` to work
/// with asks the generator for one instead. Copies share that buffer: keep one streamed
/// account per thread and refill it in place.
public struct StreamedAccount {
  /// Everything but the text held in `text`, whose fields here are left empty.
  var account = AccountGenerator.blank
  /// The id, the customer's text, the settled invoices' numbers and the purchase orders.
  let text = AccountText()

  /// An empty account, to be filled by `AccountGenerator.refill(_:seed:index:)`.
  public init() {}
}
