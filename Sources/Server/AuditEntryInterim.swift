import Foundation

// Interim until Sharing's AuditEntry lands (helper branch sharing-crypto); deleted then.
struct AuditEntry {
    var sequence: Int64
    var encoded: String

    init(decoding line: String) throws {
        encoded = line
        sequence = Int64(line.split(separator: " ").first ?? "") ?? 0
    }

    init(sequence: Int64, encoded: String) {
        self.sequence = sequence
        self.encoded = encoded
    }

    static func next(
        after last: AuditEntry?,
        time: Int64,
        actor: String,
        action: String,
        target: String,
        outcome: String
    ) throws -> AuditEntry {
        let sequence = (last?.sequence ?? 0) + 1
        return AuditEntry(sequence: sequence, encoded: "\(sequence) \(time) \(actor) \(action) \(target) \(outcome)")
    }
}
