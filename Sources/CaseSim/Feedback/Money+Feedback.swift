extension Money {
  /// The amount as the feedback's language writes it: `EUR 1,194.26`, `1.194,26 €`
  /// (`number.group`, `number.decimal`, `money.format` and `currency.<code>` in the catalogue).
  public func text(in feedback: Feedback) -> String {
    let magnitude = minorUnits.magnitude
    var whole = String(magnitude / 100)
    let group = feedback("number.group")
    var grouped = ""
    while whole.count > 3 {
      grouped = group + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    let cents = magnitude % 100
    let amount =
      (minorUnits < 0 ? "-" : "") + whole + grouped + feedback("number.decimal") + (cents < 10 ? "0" : "")
      + String(cents)
    return feedback(
      "money.format", ["amount": amount, "currency": feedback.optional("currency.\(currency)") ?? currency])
  }
}
