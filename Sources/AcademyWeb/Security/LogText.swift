/// Text a visitor chose (a user name typed at log-in, an address) made safe for the log: every
/// control character, line breaks first, becomes a visible `\u{..}` escape, so a name with a
/// newline cannot forge a log line, and a backslash is doubled so no escape can be faked.
enum LogText {
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar == "\\" {
        out += "\\\\"
      } else if scalar.properties.generalCategory == .control
        || scalar.properties.generalCategory == .lineSeparator
        || scalar.properties.generalCategory == .paragraphSeparator
      {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
