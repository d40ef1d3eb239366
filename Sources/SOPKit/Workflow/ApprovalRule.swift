/// When is a revision approved? When each `approvers` entry is filled by a different person
/// who signed with meaning `approval`: one person holding two listed roles fills only one,
/// so two entries always mean two pairs of eyes.
public enum ApprovalRule {
  /// Whether `signers` can be matched one-to-one onto every entry of `requiredApprovers`.
  public static func isSatisfied(requiredApprovers: [String], by signers: [Signer]) -> Bool {
    missingEntries(requiredApprovers: requiredApprovers, signers: signers).isEmpty
  }

  /// The entries no signer is left to fill under a maximum one-to-one matching.
  public static func missingEntries(requiredApprovers: [String], signers: [Signer]) -> [String] {
    // Kuhn's augmenting paths: entries and signers number a handful, so this is instant.
    var signerForEntry = [Int?](repeating: nil, count: requiredApprovers.count)
    func augment(_ signer: Int, _ visited: inout Set<Int>) -> Bool {
      for (entry, name) in requiredApprovers.enumerated() where signers[signer].fills(approverEntry: name) {
        guard visited.insert(entry).inserted else { continue }
        if let holder = signerForEntry[entry] {
          if augment(holder, &visited) {
            signerForEntry[entry] = signer
            return true
          }
        } else {
          signerForEntry[entry] = signer
          return true
        }
      }
      return false
    }
    for signer in signers.indices {
      var visited = Set<Int>()
      _ = augment(signer, &visited)
    }
    return requiredApprovers.indices.filter { signerForEntry[$0] == nil }.map { requiredApprovers[$0] }
  }
}
