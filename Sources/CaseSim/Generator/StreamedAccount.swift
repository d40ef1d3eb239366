/// An account made to be written straight out: `AccountGenerator.refill(_:seed:index:)`
/// fills it, and `AccountEncoder` writes it. Its id and its customer's text stay as bytes
/// in a buffer reused from account to account, so streaming makes no `String` for them;
/// whoever needs an `Account` to work with asks the generator for one instead.
public struct StreamedAccount {
  /// Everything but the id and the customer's text fields, which are left empty.
  var account = AccountGenerator.blank
  /// The id and the customer's text.
  let text = AccountText()

  /// An empty account, to be filled by `AccountGenerator.refill(_:seed:index:)`.
  public init() {}
}
