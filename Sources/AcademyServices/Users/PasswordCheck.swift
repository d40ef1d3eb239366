/// What came of a throttled password check.
public enum PasswordCheck<Value: Sendable>: Sendable {
  /// The password was right and the work it guarded was done.
  case passed(Value)
  /// The password was wrong (or the name unknown): counted against this name and address.
  case wrong
  /// Too many wrong passwords from this address for this name: nothing was checked.
  case throttled(minutes: Int)
}
