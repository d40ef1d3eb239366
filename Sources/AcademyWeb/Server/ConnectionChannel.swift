import HummingbirdCore
import Logging
import NIOCore

/// An HTTP/1.1 connection whose requests are handled on the connection's own event loop
/// (`EventLoopExecutor`) rather than on Swift's global pool. Hummingbird's `HTTP1Channel` does
/// the protocol; this only chooses where its task runs. Blocking work in a handler (a GRDB read)
/// then holds that loop's connections instead of a pool thread: both are as many threads as
/// cores, and bcrypt keeps its own pool (`PasswordWorkers`).
///
/// Measured (perf while wrk ran the cached SOP page at 64 connections, 2026-12-03): before, 60 %
/// of the server's CPU ran on the global pool's threads and the rest on the event loops, the
/// hand-over between them (wake-ups, queue locks, task switches) paid on every read and write.
struct ConnectionChannel: ServerChildChannel {
  let http1: HTTP1Channel

  func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
    http1.setup(channel: channel, logger: logger)
  }

  func handle(value: HTTP1Channel.Value, logger: Logger) async {
    await withTaskExecutorPreference(EventLoopExecutor(value.channel.eventLoop)) {
      await http1.handle(value: value, logger: logger)
    }
  }

  /// The server builder for `Application(server:)`.
  static var server: HTTPServerBuilder {
    HTTPServerBuilder { responder in ConnectionChannel(http1: HTTP1Channel(responder: responder)) }
  }
}
