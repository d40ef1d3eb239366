import CivilCalendar
import Foundation
import Logging
import SOPKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The server's log: one line per event on standard error, in swift-log's `StreamLogHandler`
/// layout (`time level label: key=value ... [source] message`) with the time in UTC
/// (`2026-12-03T08:40:12Z`), each line written whole with one `write(2)`.
/// The server logs every request. `StreamLogHandler` formats a local time for each line (glibc
/// re-reads /etc/localtime to do so), lays its metadata out twice per request (once when the
/// request id is set) and writes through locked stdio: 11.7 % of the server's CPU on the cached
/// SOP page (perf, 2026-12-03, see Benchmarks/web/README.md).
public struct ServerLogHandler: LogHandler {
  /// The lowest level written.
  public var logLevel: Logger.Level
  /// Metadata on every line of this logger (Hummingbird sets the request id here).
  public var metadata: Logger.Metadata = [:]
  /// Metadata gathered at each event, as swift-log's bootstrap set it.
  public var metadataProvider: Logger.MetadataProvider?
  private let label: String

  /// A handler for the logger `label`, logging `level` and above.
  public init(label: String, level: Logger.Level = .info) {
    self.label = label
    logLevel = level
    metadataProvider = LoggingSystem.metadataProvider
  }

  /// One entry of `metadata`.
  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// Writes the event as one line.
  public func log(event: LogEvent) {
    var fields = metadata
    if let provided = metadataProvider?.get() { fields.merge(provided) { $1 } }
    if let explicit = event.metadata { fields.merge(explicit) { $1 } }
    if let error = event.error {
      fields["error.message"] = "\(error)"
      fields["error.type"] = "\(String(reflecting: type(of: error)))"
    }
    var line = Self.timestamp(Date())
    line.reserveCapacity(160)
    line += " \(event.level)"
    if !label.isEmpty { line += " " + label }
    line += ":"
    for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
      line += " " + key + "=" + value.description
    }
    line += " [" + event.source + "] " + event.message.description + "\n"
    Self.emit(line)
  }

  /// `YYYY-MM-DDTHH:MM:SSZ`, by arithmetic: no calendar, no time zone database.
  static func timestamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let time = ((seconds % 86_400) + 86_400) % 86_400
    return CivilDate(utcDayOf: date).iso + "T" + twoDigits(time / 3600) + ":" + twoDigits(time / 60 % 60)
      + ":"
      + twoDigits(time % 60) + "Z"
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  private static func emit(_ line: String) {
    var line = line
    line.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }  // nowhere to report a failing log
        offset += written
      }
    }
  }
}
