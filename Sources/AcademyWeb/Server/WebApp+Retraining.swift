import AcademyServices
import Logging

extension WebApp {
  /// Runs the scheduled retraining check until cancelled, logging what it creates and why it
  /// failed (it tries again at the next run).
  func retrainingSchedule() async {
    let logger = logger
    await RetrainingSchedule(plans: database.plans, clock: database.clock).run { result in
      switch result {
      case .success(let created):
        logger.info("retraining created", metadata: ["items": "\(created.count)"])
      case .failure(let error):
        logger.error(
          "retraining check failed", metadata: ["error": "\(LogText.escaped(error.localizedDescription))"])
      }
    }
  }
}
