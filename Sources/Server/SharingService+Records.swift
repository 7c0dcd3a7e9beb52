import Foundation
import Sharing

/// What a partner writes in `POST /api/v1/records` (and `PUT` for a new version).
public struct RecordDraft: Sendable, Decodable {
    public struct DraftLabels: Sendable, Decodable {
        public var tlp: String
        public var releasableTo: [String]?
        public var classification: String?
    }

    public var kind: String?
    public var title: String
    public var body: String
    /// ISO 8601 UTC or seconds since 1970.
    public var time: String?
    public var lat: Double?
    public var lon: Double?
    public var vessels: [UInt32]?
    public var events: [String]?
    public var labels: DraftLabels
}

/// What a records list may be narrowed to.
public struct RecordQuery: Sendable {
    /// Words that must all appear in the title or body (any case).
    public var text: String?
    public var kind: SharedRecord.Kind?
    public var tlp: TrafficLightProtocol?
    public var owner: String?
    /// Only records about this vessel (MMSI).
    public var vessel: UInt32?
    public var limit: Int

    public init(
        text: String? = nil,
        kind: SharedRecord.Kind? = nil,
        tlp: TrafficLightProtocol? = nil,
        owner: String? = nil,
        limit: Int = 1000
    ) {
        self.text = text
        self.kind = kind
        self.tlp = tlp
        self.owner = owner
        self.limit = limit
    }
}

extension SharingService {
    /// Longest title and body accepted, in characters.
    static let maximumTitle = 300
    static let maximumBody = 100_000

    public func createRecord(_ draft: RecordDraft, by principal: Principal) async throws -> SharedRecord {
        try await requireRole(.analyst, principal, action: "create record")
        let record = try await makeRecord(draft, id: UUID().uuidString.lowercased(), version: 1, by: principal)
        return try await store(record, action: "create", by: principal)
    }

    /// Writes a new version of a record this node originated; only its owner organisation may.
    public func updateRecord(id: String, _ draft: RecordDraft, by principal: Principal) async throws -> SharedRecord {
        try await requireRole(.analyst, principal, action: "update record")
        let held = try await ownedRecord(id: id, by: principal, doing: "edit")
        let next = try await makeRecord(draft, id: id, version: held.version + 1, by: principal)
        return try await store(next, action: "update", by: principal)
    }

    /// Deletes a record this node originated by writing its tombstone
    /// (``SharedRecord/tombstone(by:at:)``) as the next version; only its owner organisation may.
    /// Earlier versions stay in the store for the audit trail; every read path then leaves the record
    /// out, and federation carries the tombstone to the peers as it would a newer version.
    public func deleteRecord(id: String, by principal: Principal) async throws -> SharedRecord {
        try await requireRole(.analyst, principal, action: "delete record")
        let held = try await ownedRecord(id: id, by: principal, doing: "delete")
        let tombstone = held.tombstone(by: principal.user, at: now()).signed(with: nodeKey)
        return try await store(tombstone, action: .delete, by: principal)
    }

    /// The latest version of a record `principal`'s organisation owns on this node, for a new version:
    /// refuses (audited) with 404 when the reader may not see it, 403 when another organisation owns
    /// it or another node wrote it, 410 when it was deleted.
    private func ownedRecord(id: String, by principal: Principal, doing verb: String) async throws -> SharedRecord {
        let target = "record:\(id)"
        guard let held = visibleLatest(id: id, to: principal.reader) else {
            throw await refusal(
                .notFound,
                "no record \(id)",
                to: principal,
                action: .authorizationFailed,
                target: target,
                outcome: "not visible or absent"
            )
        }
        guard held.labels.owner == principal.reader.organisation, held.origin == organisation else {
            throw await refusal(
                .forbidden,
                "only \(held.labels.owner) can \(verb) this record, on its own node",
                to: principal,
                action: .authorizationFailed,
                target: target,
                outcome: "not the owner"
            )
        }
        guard !held.isDeleted else {
            throw await refusal(
                .gone,
                "record \(id) was deleted at version \(held.version); write a new record",
                to: principal,
                target: target,
                outcome: "deleted"
            )
        }
        return held
    }

    /// Every record held, unfiltered: for the node's own checks and tests, never for an API answer.
    public func allRecords() -> [SharedRecord] { recordOrder.compactMap { records[$0] } }

    /// The latest version of a record the reader may see; nil when absent, not released to the
    /// reader or deleted.
    public func visibleRecord(id: String, to reader: Reader) -> SharedRecord? {
        guard let record = visibleLatest(id: id, to: reader), !record.isDeleted else { return nil }
        return record
    }

    /// The latest version of a record the reader may see, a tombstone included (so that the API can
    /// answer 410 Gone to those who could see the record, and 404 to everyone else).
    public func visibleLatest(id: String, to reader: Reader) -> SharedRecord? {
        guard let record = records[id], ReleasabilityPolicy.canRead(reader, record.labels) else { return nil }
        return record
    }

    /// Versions of a record the reader may see (all of them carry the same owner; a version is shown
    /// only if its own labels release it to the reader).
    public func visibleVersions(id: String, to reader: Reader) async throws -> [SharedRecord]? {
        guard visibleRecord(id: id, to: reader) != nil else { return nil }
        return try await store.recordVersions(id: id).filter { ReleasabilityPolicy.canRead(reader, $0.labels) }
    }

    /// The records a reader may see, newest first, narrowed by the query.
    public func visibleRecords(to reader: Reader, _ query: RecordQuery) -> [SharedRecord] {
        let words = query.text.map { $0.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
        var out: [SharedRecord] = []
        for id in recordOrder.reversed() {
            guard let r = records[id], !r.isDeleted, ReleasabilityPolicy.canRead(reader, r.labels) else { continue }
            if let kind = query.kind, r.kind != kind { continue }
            if let tlp = query.tlp, r.labels.tlp != tlp { continue }
            if let owner = query.owner, r.labels.owner != owner { continue }
            if let vessel = query.vessel, !r.vessels.contains(vessel) { continue }
            if !words.isEmpty {
                let text = (r.title + "\n" + r.body).lowercased()
                guard words.allSatisfy({ text.contains($0) }) else { continue }
            }
            out.append(r)
            if out.count >= query.limit { break }
        }
        return out
    }

    /// Accepts a record version received from a partner (already checked by the federation inbox).
    /// Returns false when that version (or a newer one, a tombstone included) was already held, or
    /// when the id is held with another origin (audited as a conflict).
    public func acceptFederated(_ record: SharedRecord, from peer: String) async throws -> Bool {
        if let held = records[record.id] {
            guard held.origin == record.origin else {
                await self.record(
                    actor: "peer:\(peer)",
                    action: .federationRejected,
                    target: "record:\(record.id)",
                    outcome: "conflict",
                    detail: "held with origin \(held.origin), received with origin \(record.origin)"
                )
                return false
            }
            if held.version >= record.version { return false }
        }
        guard try await store.appendRecord(record) != nil else { return false }
        remember(record)
        publish(record)
        await self.record(
            actor: "peer:\(peer)",
            action: "federation_receive",
            target: "record:\(record.id)",
            outcome: "version \(record.version)"
        )
        return true
    }

    /// Refuses (403, audited before it returns) a caller whose role is below `role`.
    func requireRole(_ role: Role, _ principal: Principal, action: String) async throws {
        guard principal.role >= role else {
            throw await refusal(
                .forbidden,
                "\(action) needs the \(role.rawValue) role; \(principal.user) is \(principal.role.rawValue)",
                to: principal,
                action: .authorizationFailed,
                target: action,
                outcome: "needs role \(role.rawValue)"
            )
        }
    }

    func store(
        _ record: SharedRecord,
        action: AuditAction,
        by principal: Principal
    ) async throws -> SharedRecord {
        guard try await store.appendRecord(record) != nil else {
            throw SharingRefusal(.conflict, "record \(record.id) version \(record.version) exists")
        }
        remember(record)
        publish(record)
        await self.record(
            actor: principal.auditName,
            action: action,
            target: "record:\(record.id)",
            outcome: (record.isDeleted ? "tombstone, version" : "version")
                + " \(record.version) \(record.labels.tlp.label) to [\(record.labels.releasableTo.joined(separator: ","))]"
        )
        return record
    }

    func makeRecord(
        _ d: RecordDraft,
        id: String,
        version: Int,
        by principal: Principal
    ) async throws -> SharedRecord {
        func refuse(_ why: String) async -> SharingRefusal {
            await refusal(.badRequest, why, to: principal, target: "record:\(id)", outcome: why)
        }
        guard let tlp = TrafficLightProtocol(label: d.labels.tlp) else {
            throw await refuse("labels.tlp \"\(d.labels.tlp)\" must be one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED")
        }
        let labels = Labels(
            owner: principal.reader.organisation,
            tlp: tlp,
            releasableTo: d.labels.releasableTo ?? [],
            classification: d.labels.classification
        )
        do { try labels.validate() } catch { throw await refuse("\(error)") }
        let kind: SharedRecord.Kind
        if let text = d.kind {
            guard let k = SharedRecord.Kind(rawValue: text) else {
                throw await refuse("kind \"\(text)\" must be \(SharedRecord.Kind.names)")
            }
            kind = k
        } else {
            kind = .observation
        }
        let title = d.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...Self.maximumTitle).contains(title.count) else {
            throw await refuse("title must be 1–\(Self.maximumTitle) characters")
        }
        guard d.body.count <= Self.maximumBody else {
            throw await refuse("body must be at most \(Self.maximumBody) characters")
        }
        switch (d.lat, d.lon) {
        case (nil, nil): break
        case (let lat?, let lon?):
            guard (-90...90).contains(lat), (-180...180).contains(lon) else {
                throw await refuse("lat must be within ±90 and lon within ±180")
            }
        default: throw await refuse("lat and lon come together or not at all")
        }
        let time: Int64
        if let text = d.time {
            // digits are seconds here (the picture's query parameters take milliseconds)
            guard let t = Int64(text) ?? (try? APIValues.time(text, name: "time") / 1000) else {
                throw await refuse("time \"\(text)\" must be ISO 8601 UTC (2026-11-21T09:00:00Z) or seconds since 1970")
            }
            guard (-62_135_596_800...253_402_300_799).contains(t) else {
                throw await refuse("time \"\(text)\" must fall in the years 0001 to 9999")
            }
            time = t
        } else {
            time = now()
        }
        guard (d.vessels?.count ?? 0) <= 1000, (d.events?.count ?? 0) <= 1000 else {
            throw await refuse("at most 1000 vessel and 1000 event links")
        }
        let made = SharedRecord(
            id: id,
            version: version,
            kind: kind,
            title: title,
            body: d.body,
            time: time,
            latitude: d.lat,
            longitude: d.lon,
            vessels: d.vessels ?? [],
            events: d.events ?? [],
            labels: labels,
            origin: organisation,
            author: principal.user,
            updated: now()
        ).signed(with: nodeKey)
        if let problem = made.formProblem { throw await refuse(problem) }
        return made
    }
}
