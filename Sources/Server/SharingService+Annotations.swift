import Foundation
import Sharing

/// What a partner writes in `POST /api/v1/vessels/{mmsi}/annotations`: the note and its labels; the
/// vessel comes from the path.
public struct AnnotationDraft: Sendable, Decodable {
    /// The note itself; required.
    public var body: String
    /// Optional; without one the first line of the body, cut at 80 characters.
    public var title: String?
    /// ISO 8601 UTC; the time of writing when absent.
    public var time: String?
    public var labels: RecordDraft.DraftLabels
}

extension SharingService {
    /// The annotations of vessel `mmsi` the reader may see (``ReleasabilityPolicy``, as for every
    /// record read), newest first by their time.
    public func visibleAnnotations(of mmsi: UInt32, to reader: Reader) -> [SharedRecord] {
        var query = RecordQuery(kind: .annotation, limit: .max)
        query.vessel = mmsi
        return visibleRecords(to: reader, query).sorted { $0.time > $1.time }
    }

    /// Writes an annotation of vessel `mmsi`: a record of kind `annotation` naming that vessel only,
    /// owned by the writer's organisation (analysts and admins).
    public func annotate(
        vessel mmsi: UInt32,
        _ draft: AnnotationDraft,
        by principal: Principal
    ) async throws
        -> SharedRecord
    {
        let body = draft.body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else {
            throw await refusal(
                .badRequest,
                "body must not be empty: the annotation is its text",
                to: principal,
                target: "vessel:\(mmsi)",
                outcome: "empty annotation"
            )
        }
        let title = draft.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let record = RecordDraft(
            kind: SharedRecord.Kind.annotation.rawValue,
            title: title.isEmpty ? SharedRecord.title(summarising: body) : title,
            body: draft.body,
            time: draft.time,
            vessels: [mmsi],
            labels: draft.labels
        )
        return try await createRecord(record, by: principal)
    }
}
