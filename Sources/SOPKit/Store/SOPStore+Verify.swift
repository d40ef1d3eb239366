import GRDB

extension SOPStore {
  /// Checks that every revision's bytes still hash to its stored hash and every signature is
  /// bound to the hash of the revision it sits on. Returns one line per problem.
  public func verifySignatures() throws -> [String] {
    try writer.read { db in
      var problems: [String] = []
      let revisions = try StoredRevision.fetchAll(db)
      var hashes: [Int64: String] = [:]
      for revision in revisions {
        let actual = ContentHash.of(revision.content)
        if actual != revision.hash {
          problems.append("\(revision.sopID) \(revision.number): content no longer matches its SHA-256")
        }
        if let id = revision.id { hashes[id] = revision.hash }
      }
      for signature in try StoredSignature.order(Column("id")).fetchAll(db) {
        if hashes[signature.revisionID] != signature.revisionHash {
          problems.append(
            "signature \(signature.id ?? 0) by \(signature.userName) is not bound to its revision's hash")
        }
      }
      return problems
    }
  }
}
