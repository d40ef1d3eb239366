import Foundation

/// Scores one recorded attempt many times, for `Benchmarks/score`.
public enum ScoreBenchmark {
  /// Scores `record` `attempts` times and reports attempts per second.
  public static func run(_ record: CaseRecord, processes: [GoverningProcess], passMark: Int, attempts: Int)
    -> String
  {
    let scorer = ProcessScorer(processes: processes)
    let start = DispatchTime.now().uptimeNanoseconds
    var checksum = 0
    for _ in 0..<max(1, attempts) {
      checksum &+= scorer.score(record, passMark: passMark).score
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let rate = Double(max(1, attempts)) / max(seconds, 1e-9)
    return
      "scored \(attempts) attempts in \(String(format: "%.3f", seconds)) s: \(Int(rate)) attempts/s (checksum \(checksum))"
  }
}
