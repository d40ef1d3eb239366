import ArgumentParser
import SOPKit

extension RevisionNumber: ExpressibleByArgument {
  /// Parses `MAJOR.MINOR` from the command line.
  public init?(argument: String) {
    self.init(argument)
  }
}
