import Foundation
import Hummingbird
import Sharing

/// `POST /api/v1/import/stix`: a STIX 2.1 bundle's records become the caller's (docs/sharing.md,
/// "STIX 2.1"); the export is in ``FederationRoutes``.
enum STIXImportRoutes {
    /// Largest bundle accepted, in bytes (as large as a federation message).
    static let maximumBundle = FederationRoutes.maximumMessage

    static func add(to api: RouterGroup<NodeRequestContext>, sharing: SharingService) {
        api.post("import/stix") { request, context -> Response in
            let p = try context.requirePrincipal()
            // `releasableTo=a,b` for every record; `releasableTo=` for the owner only
            let releasableTo = request.uri.queryParameters["releasableTo"].map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: maximumBundle)
            } catch {
                await sharing.record(
                    actor: p.auditName,
                    action: .rejected,
                    target: "stix",
                    outcome: "body over \(maximumBundle) bytes"
                )
                throw HTTPError(.contentTooLarge, message: "a STIX bundle must be at most \(maximumBundle) bytes")
            }
            let result = try await SharingRoutes.refusing {
                try await sharing.importSTIX(Data(body.readableBytesView), releasableTo: releasableTo, by: p)
            }
            return try APIValues.json(
                [
                    "imported": result.imported.count,
                    "records": result.imported.map(\.id),
                    "skipped": result.skipped.map { ["id": $0.id, "reason": $0.reason] },
                    "context": result.context,
                ] as [String: Any],
                status: result.imported.isEmpty ? .ok : .created
            )
        }
    }
}
