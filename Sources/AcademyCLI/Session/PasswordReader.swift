import AcademyServices
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a password: one line from standard input with `--password-stdin`, else a prompt on
/// the terminal with echo turned off.
enum PasswordReader {
  static func read(fromStandardInput: Bool, prompt: String) throws -> String {
    if fromStandardInput { return try line() }
    guard isatty(STDIN_FILENO) == 1 else { throw ProofError.noPassword }
    FileHandle.standardError.write(Data(prompt.utf8))
    var original = termios()
    tcgetattr(STDIN_FILENO, &original)
    var silent = original
    silent.c_lflag &= ~tcflag_t(ECHO)
    tcsetattr(STDIN_FILENO, TCSANOW, &silent)
    defer {
      tcsetattr(STDIN_FILENO, TCSANOW, &original)
      FileHandle.standardError.write(Data("\n".utf8))
    }
    return try line()
  }

  /// The next non-empty line of standard input (a password or a token).
  static func line() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw ProofError.noPassword }
    return line
  }
}
