import Foundation

/// Why an SOP operation failed (problems inside SOP files are findings, not errors).
public enum SOPError: Error, Sendable, Equatable {
  /// A file or folder could not be written.
  case cannotWrite(path: String, reason: String)
  /// The body could not be parsed into a document.
  case unparsable(path: String, reason: String)
}

extension SOPError: LocalizedError {
  /// `path: what is wrong; what to do`.
  public var errorDescription: String? {
    switch self {
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write (\(reason)); check the folder exists and is writable"
    case .unparsable(let path, let reason):
      return "\(path): \(reason)"
    }
  }
}
