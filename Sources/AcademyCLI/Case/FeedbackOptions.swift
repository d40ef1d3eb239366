import ArgumentParser
import CaseSim
import Foundation

/// `--language`: the language of the scoring feedback (`case score`, `practice`). Without it,
/// `ACADEMY_LANGUAGE` from the environment, else English.
struct FeedbackOptions: ParsableArguments {
  @Option(
    help:
      "Language of the feedback: \(Feedback.languages.joined(separator: ", ")) (default: $ACADEMY_LANGUAGE, else en)."
  )
  var language: String?

  /// The catalogue asked for, by the option or the environment.
  func feedback(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Feedback {
    guard let code = language ?? environment["ACADEMY_LANGUAGE"].flatMap({ $0.isEmpty ? nil : $0 }) else {
      return .english
    }
    guard let feedback = Feedback.named(code) else {
      throw ValidationError(
        FeedbackError.unknownLanguage(code, shipped: Feedback.languages).errorDescription ?? code)
    }
    return feedback
  }

  mutating func validate() throws { _ = try feedback() }
}
