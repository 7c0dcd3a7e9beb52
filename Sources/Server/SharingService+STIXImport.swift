import Foundation
import Sharing

/// What `POST /api/v1/import/stix` did with a bundle.
public struct STIXImportResult: Sendable {
    /// The records made, owned by the importer's organisation.
    public var imported: [SharedRecord] = []
    /// Objects not imported (their STIX id, or `objects[N]` when it has none) and why.
    public var skipped: [(id: String, reason: String)] = []
    /// Objects read as context: markings, identities, locations, `located-at` relationships.
    public var context = 0
}

extension SharingService {
    /// Imports the records a STIX 2.1 bundle holds as records of the caller's organisation
    /// (``STIXImportOffer``), each audited as a `create`. TLP comes from each object's TLP 2.0
    /// marking; releasability from `releasableTo` when given, else from the object's
    /// `x_kizuna_releasable_to` (owner only when absent).
    ///
    /// Idempotent: a record's id is derived from the object's STIX id and the organisation
    /// (``STIXImportOffer/recordID(importing:by:)``), so an object imported before is skipped, and so
    /// is an object that is a record the caller can already read here (a bundle exported by this node).
    /// - Throws: ``SharingRefusal`` `badRequest` when the text is not a STIX bundle or `releasableTo`
    ///   is malformed, `forbidden` below the analyst role.
    public func importSTIX(
        _ json: Data,
        releasableTo: [String]?,
        by principal: Principal
    ) async throws
        -> STIXImportResult
    {
        try await requireRole(.analyst, principal, action: "import STIX")
        let offer: STIXImportOffer
        do {
            offer = try STIXImportOffer(json: json)
            if let releasableTo {
                try Labels(owner: principal.reader.organisation, tlp: .clear, releasableTo: releasableTo).validate()
            }
        } catch {
            throw await refusal(.badRequest, "\(error)", to: principal, target: "stix", outcome: "\(error)")
        }
        var result = STIXImportResult(
            skipped: offer.skipped.map { ($0.object ?? "bundle", $0.reason) },
            context: offer.context
        )
        for item in offer.items {
            if let held = item.recordID, visibleRecord(id: held, to: principal.reader) != nil {
                result.skipped.append((item.stixID, "already held here as record \(held)"))
                continue
            }
            let id = STIXImportOffer.recordID(importing: item.stixID, by: principal.reader.organisation)
            if records[id] != nil {
                result.skipped.append((item.stixID, "already imported as record \(id)"))
                continue
            }
            let draft = RecordDraft(
                kind: item.kind.rawValue,
                title: item.title,
                body: item.body,
                time: item.time.map { APIValues.iso(seconds: $0) },
                lat: item.latitude,
                lon: item.longitude,
                vessels: item.vessels,
                events: item.events,
                labels: .init(
                    tlp: item.tlp.rawValue,
                    releasableTo: releasableTo ?? item.releasableTo,
                    classification: item.classification
                )
            )
            do {
                let made = try await makeRecord(draft, id: id, version: 1, by: principal)
                result.imported.append(try await store(made, action: "create", by: principal))
            } catch let refusal as SharingRefusal {
                result.skipped.append((item.stixID, refusal.description))
            }
        }
        await record(
            actor: principal.auditName,
            action: "import",
            target: "stix",
            outcome: "ok",
            detail: "\(result.imported.count) imported, \(result.skipped.count) skipped, \(result.context) context"
        )
        return result
    }
}
