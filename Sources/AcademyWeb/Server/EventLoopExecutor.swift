import NIOCore

/// Runs a task's jobs on one NIO event loop, as a task executor preference: a connection's
/// handling then stays on the thread that reads and writes its socket. Without it, every read
/// and every write of a response hops between the event loop and Swift's global pool; that
/// hand-over was the largest cost left on the cached SOP page (see `ConnectionChannel`).
final class EventLoopExecutor: TaskExecutor {
  let eventLoop: any EventLoop

  init(_ eventLoop: any EventLoop) {
    self.eventLoop = eventLoop
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}
