import Foundation

/// Scores recorded attempts many times, for `Benchmarks/score`.
public enum ScoreBenchmark {
  /// Scores `attempts` attempts, cycling through `records`, and reports attempts per second.
  public static func run(_ records: [CaseRecord], processes: [GoverningProcess], passMark: Int, attempts: Int)
    -> String
  {
    guard !records.isEmpty else { return "no recorded attempts to score" }
    let scorer = ProcessScorer(processes: processes)
    let start = DispatchTime.now().uptimeNanoseconds
    var checksum = 0
    for index in 0..<max(1, attempts) {
      checksum &+= scorer.score(records[index % records.count], passMark: passMark).score
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let rate = Double(max(1, attempts)) / max(seconds, 1e-9)
    return
      "scored \(attempts) attempts in \(String(format: "%.3f", seconds)) s: \(Int(rate)) attempts/s over \(records.count) records (checksum \(checksum))"
  }
}
