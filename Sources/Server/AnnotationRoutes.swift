import Foundation
import Hummingbird
import Sharing

/// Vessel annotations (docs/sharing.md): a partner's labelled note on one vessel, kept as a record of
/// kind `annotation`, so that its versions, audit, federation, live stream and STIX export are the
/// records' own, and every read goes through ``ReleasabilityPolicy``.
enum AnnotationRoutes {
    static func add(to api: RouterGroup<NodeRequestContext>, sharing: SharingService) {
        api.get("vessels/:mmsi/annotations") { _, context -> Response in
            let p = try context.requirePrincipal()
            let mmsi = try APIValues.mmsi(context.parameters.get("mmsi"))
            return APIValues.json(
                bytes: APIJSON.list(await sharing.visibleAnnotations(of: mmsi, to: p.reader), APIJSON.record)
            )
        }
        api.post("vessels/:mmsi/annotations") { request, context -> Response in
            let p = try context.requirePrincipal()
            let mmsi = try APIValues.mmsi(context.parameters.get("mmsi"))
            let draft = try await SharingRoutes.decode(AnnotationDraft.self, request, context, sharing: sharing)
            let record = try await SharingRoutes.refusing { try await sharing.annotate(vessel: mmsi, draft, by: p) }
            return APIValues.json(bytes: APIJSON.object(record, APIJSON.record), status: .created)
        }
    }
}
