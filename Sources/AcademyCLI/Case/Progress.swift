import Foundation

/// A progress bar on standard error, drawn only when it is a terminal so redirected or
/// piped runs stay clean.
struct Progress {
  let total: Int
  let enabled: Bool
  var shownPercent = -1

  init(total: Int) {
    self.total = total
    enabled = isatty(2) == 1 && total >= 1000
  }

  mutating func advance(to done: Int) {
    guard enabled else { return }
    let percent = done * 100 / max(total, 1)
    guard percent != shownPercent else { return }
    shownPercent = percent
    let filled = percent / 5
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% \(done)/\(total)".utf8))
  }

  func finish() {
    if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
