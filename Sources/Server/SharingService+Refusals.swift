import Sharing

extension SharingService {
    /// Writes a refused request by `principal` to the audit log — `action` on `target`, with
    /// `outcome` saying why — and returns the refusal to throw, which tells the caller `message`.
    public func refusal(
        _ kind: SharingRefusal.Kind,
        _ message: String,
        to principal: Principal,
        action: AuditAction = .rejected,
        target: String,
        outcome: String,
        detail: String = ""
    ) async -> SharingRefusal {
        await record(actor: principal.auditName, action: action, target: target, outcome: outcome, detail: detail)
        return SharingRefusal(kind, message)
    }

    /// Counts one refused anonymous request for the audit log. Refusals are written one entry per
    /// source, action, target and reason per ``RefusalTally/interval`` (60 s), carrying how many
    /// refusals it stands for, so that requests nobody signed cannot grow the log at will. `reason`
    /// must be a fixed phrase, never text the client sent.
    public func refuse(_ action: AuditAction, client: String, target: String, reason: String) async {
        let key = RefusalTally.Key(source: "client:\(client)", action: action, target: target, reason: reason)
        if let due = refusals.count(key, now: now()) { await write(due) }
    }

    /// Writes the refusal counts whose window has closed, or every count when `all` (at shutdown).
    public func flushRefusals(all: Bool = false) async {
        for summary in refusals.close(now: now(), all: all) { await write(summary) }
    }

    /// Refusals counted under ``RefusalTally/overflowKey(_:)`` because the table of sources was full.
    public func overflowedRefusals() -> Int { refusals.overflowed }

    private func write(_ summary: RefusalTally.Summary) async {
        await record(
            actor: summary.key.source,
            action: summary.key.action,
            target: summary.key.target,
            outcome: summary.key.reason,
            detail: summary.detail
        )
    }
}
