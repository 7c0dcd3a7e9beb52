import Foundation
import Server
import Sharing
import Store
import Testing

/// Records relayed jp-mod → nato-hq → gb-mod, in process: the origin's signature travels with every
/// version, a relay that changes a record is caught, and a deletion reaches every node and stays.
@Suite("Federation trust and deletion", .serialized)
struct FederationTrustTests {
    static let organisations = [("jp-mod", "JPN"), ("nato-hq", nil), ("gb-mod", "GBR")] as [(String, String?)]

    /// The three services; NATO and the UK run as nodes, to be pushed to over HTTP.
    struct Mesh {
        let japan: SharingService
        let nato: TestNode
        let britain: TestNode

        static func make() async throws -> Mesh {
            var services: [String: SignedIn] = [:]
            for (id, nation) in FederationTrustTests.organisations {
                services[id] = try await SignedIn.make(organisation: id, nation: nation)
            }
            for (id, signedIn) in services {
                for (other, nation) in FederationTrustTests.organisations where other != id {
                    try await signedIn.sharing.addOrganisation(
                        Organisation(id: other, name: other, nation: nation),
                        by: "test"
                    )
                }
            }
            let key = { (id: String) in services[id]!.sharing.nodeKey.publicKey.base64 }
            // NATO hears from Japan; the UK hears from NATO and knows Japan's key only
            try await services["nato-hq"]!.sharing.addPeer(
                Peer(organisation: "jp-mod", url: "http://127.0.0.1:1", publicKey: key("jp-mod")),
                by: "test"
            )
            try await services["gb-mod"]!.sharing.addPeer(
                Peer(organisation: "nato-hq", url: "http://127.0.0.1:1", publicKey: key("nato-hq")),
                by: "test"
            )
            try await services["gb-mod"]!.sharing.addPeer(
                Peer(organisation: "jp-mod", url: "", publicKey: key("jp-mod")),
                by: "test"
            )
            return Mesh(
                japan: services["jp-mod"]!.sharing,
                nato: try await TestNode.start(signedIn: services["nato-hq"]!),
                britain: try await TestNode.start(signedIn: services["gb-mod"]!)
            )
        }

        /// Japan pushes to NATO, NATO to the UK (directly, not through each node's own sender).
        func relay() async throws {
            try await japan.push(to: Peer(organisation: "nato-hq", url: "http://127.0.0.1:\(nato.http)", publicKey: ""))
            try await nato.signedIn.sharing.push(
                to: Peer(organisation: "gb-mod", url: "http://127.0.0.1:\(britain.http)", publicKey: "")
            )
        }

        /// A message signed by NATO's node straight into the UK's inbox, as a relay that turned bad
        /// (or that repeats itself) would send it.
        func fromNATO(_ record: SharedRecord, sequence: Int) async throws -> FederationReply {
            let message = FederationMessage(
                sender: "nato-hq",
                receiver: "gb-mod",
                sequence: sequence,
                sent: Int64(Date().timeIntervalSince1970),
                records: [record]
            )
            return await britain.signedIn.sharing.receive(try message.sealed(with: nato.signedIn.sharing.nodeKey))
        }

        func stop() async {
            await nato.stop()
            await britain.stop()
        }
    }

    static func write(_ sharing: SharingService, title: String, labels: String) async throws -> SharedRecord {
        let draft = try JSONDecoder().decode(
            RecordDraft.self,
            from: Data(#"{"title":"\#(title)","body":"seen at dawn","lat":35.1,"lon":139.7,"labels":\#(labels)}"#.utf8)
        )
        let principal = Principal(user: "tester", role: .admin, reader: await sharing.reader(organisation: "jp-mod"))
        return try await sharing.createRecord(draft, by: principal)
    }

    static func audit(_ sharing: SharingService) async throws -> [AuditEntry] {
        try await sharing.store.auditLines().map { try AuditEntry(storedLine: $0) }
    }

    @Test func honestRelayArrivesSignedAndAForgedOneIsRefusedAndAudited() async throws {
        let mesh = try await Mesh.make()
        let record = try await Self.write(
            mesh.japan,
            title: "Survey ship",
            labels: #"{"tlp":"GREEN","releasableTo":["nato-hq","GBR"]}"#
        )
        try await mesh.relay()
        let gb = mesh.britain.signedIn.sharing
        let held = try #require(await gb.visibleRecord(id: record.id, to: await gb.reader(organisation: "gb-mod")))
        #expect(held == record)
        #expect(held.isSigned(by: mesh.japan.nodeKey.publicKey))

        // NATO's node, turned bad, widens the labels and rewrites the text of a newer "version"
        var forged = record
        forged.version = 2
        forged.labels.releasableTo.append("FRA")
        forged.body = "nothing to report"
        let reply = try await mesh.fromNATO(forged, sequence: 1000)
        #expect(reply.status == 200)
        #expect(reply.refused == ["record \(record.id): \(RecordRejection.badOriginSignature(origin: "jp-mod"))"])
        #expect(await gb.visibleRecord(id: record.id, to: await gb.reader(organisation: "gb-mod")) == record)
        let refusal = try #require(try await Self.audit(gb).last { $0.action == .federationRejected })
        #expect(refusal.actor == "peer:nato-hq" && refusal.target == "record:\(record.id)")
        #expect(refusal.detail.contains("signature by origin jp-mod"))

        // NATO signing a "record" of its own under the Japanese record's id: genuine, but a different
        // record claiming the id; the UK keeps what it holds and audits the conflict
        var claim = record
        claim.origin = "nato-hq"
        claim.labels.owner = "nato-hq"
        claim.version = 5
        claim = claim.signed(with: mesh.nato.signedIn.sharing.nodeKey)
        #expect(try await mesh.fromNATO(claim, sequence: 1001).refused.isEmpty)
        #expect(await gb.visibleRecord(id: record.id, to: await gb.reader(organisation: "gb-mod")) == record)
        let conflict = try #require(try await Self.audit(gb).last { $0.outcome == "conflict" })
        #expect(conflict.target == "record:\(record.id)" && conflict.detail.contains("origin jp-mod"))

        // a record of an origin the UK has no key for is refused, naming the origin
        let stranger = SharedRecord(
            id: UUID().uuidString.lowercased(),
            title: "x",
            body: "",
            time: 0,
            labels: Labels(owner: "kr-mnd", tlp: .green, releasableTo: ["GBR"]),
            origin: "kr-mnd",
            author: "a",
            updated: 0
        ).signed(with: .generate())
        let refused = try await mesh.fromNATO(stranger, sequence: 1002).refused
        #expect(refused == ["record \(stranger.id): \(RecordRejection.unknownOrigin("kr-mnd"))"])
        await mesh.stop()
    }

    @Test func aDeletionReachesEveryNodeAndOlderVersionsNeverComeBack() async throws {
        let mesh = try await Mesh.make()
        let labels = #"{"tlp":"AMBER","releasableTo":["nato-hq","GBR"]}"#
        let record = try await Self.write(mesh.japan, title: "Submarine contact", labels: labels)
        let other = try await Self.write(mesh.japan, title: "Fishing fleet", labels: labels)
        try await mesh.relay()
        let principal = Principal(user: "tester", role: .admin, reader: await mesh.japan.reader(organisation: "jp-mod"))
        let tombstone = try await mesh.japan.deleteRecord(id: record.id, by: principal)
        try await mesh.relay()
        for (organisation, sharing) in [
            ("jp-mod", mesh.japan), ("nato-hq", mesh.nato.signedIn.sharing), ("gb-mod", mesh.britain.signedIn.sharing),
        ] {
            let reader = await sharing.reader(organisation: organisation)
            #expect(await sharing.visibleRecord(id: record.id, to: reader) == nil, "\(organisation)")
            #expect(await sharing.visibleLatest(id: record.id, to: reader) == tombstone, "\(organisation)")
            #expect(await sharing.visibleRecords(to: reader, RecordQuery()).map(\.id) == [other.id], "\(organisation)")
        }
        // NATO sends the old version 1 again (a stale relay or a replay in a fresh message): the UK keeps the tombstone
        let gb = mesh.britain.signedIn.sharing
        let reply = try await mesh.fromNATO(record, sequence: 2000)
        #expect(reply.status == 200 && reply.refused.isEmpty)
        #expect(await gb.visibleLatest(id: record.id, to: await gb.reader(organisation: "gb-mod")) == tombstone)
        #expect(try await gb.store.recordVersions(id: record.id).map(\.version) == [1, 2])
        await mesh.stop()
    }
}
