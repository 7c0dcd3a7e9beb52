import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Vessel annotations over HTTP: `GET/POST /api/v1/vessels/{mmsi}/annotations`, and annotations as
/// records in the records list and the live stream, all through the one releasability policy.
@Suite("Vessel annotations API")
struct AnnotationsAPITests {
    static let vessel: UInt32 = 412_000_001

    /// The admin's node (test-org, JPN) with an analyst of gb-mod (GBR) and one of fr-mod (FRA); their
    /// bearer headers.
    struct Partners {
        var gb: HTTPFields
        var fr: HTTPFields
        var viewer: HTTPFields
    }

    static func partners(_ sharing: SharingService) async throws -> Partners {
        var headers: [HTTPFields] = []
        for (user, organisation, nation, role) in [
            ("tom", "gb-mod", "GBR", Role.analyst), ("luc", "fr-mod", "FRA", .analyst),
            ("val", "gb-mod", "GBR", .viewer),
        ] {
            if await !sharing.allOrganisations().contains(where: { $0.id == organisation }) {
                try await sharing.addOrganisation(
                    Organisation(id: organisation, name: organisation, nation: nation),
                    by: "t"
                )
            }
            try await sharing.addUser(name: user, organisation: organisation, role: role, password: nil, by: "t")
            let token = try await sharing.issueToken(user: user, kind: .api, lifetime: nil, by: "t").0.secret
            headers.append([.authorization: "Bearer \(token)"])
        }
        return Partners(gb: headers[0], fr: headers[1], viewer: headers[2])
    }

    static func list(
        _ client: any TestClientProtocol,
        _ uri: String,
        _ headers: HTTPFields = [:]
    ) async throws
        -> [[String: Any]]
    {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in
            #expect(response.status == .ok, "\(uri): \(String(buffer: response.body))")
            return try #require(
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]
            )
        }
    }

    static func annotate(
        _ client: any TestClientProtocol,
        _ json: String,
        mmsi: String = "\(vessel)",
        headers: HTTPFields = [:]
    ) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await client.execute(
            uri: "/api/v1/vessels/\(mmsi)/annotations",
            method: .post,
            headers: headers,
            body: ByteBuffer(string: json)
        ) { response in
            let object = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            return (response.status, object as? [String: Any] ?? [:])
        }
    }

    @Test func releasabilityDecidesWhoSeesAnAnnotationOnTheVesselAndInTheRecords() async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            let partners = try await Self.partners(signedIn.sharing)
            let (status, own) = try await Self.annotate(
                client,
                #"{"body":"Known fishing-militia hull.\nSeen with HAI XUN 01.","labels":{"tlp":"RED","classification":"SECRET"}}"#
            )
            #expect(status == .created)
            #expect(own["kind"] as? String == "annotation")
            #expect(own["title"] as? String == "Known fishing-militia hull.", "the title is the body's first line")
            #expect(own["vessels"] as? [Int] == [Int(Self.vessel)])
            let ownID = try #require(own["id"] as? String)
            let uri = "/api/v1/vessels/\(Self.vessel)/annotations"
            #expect(try await Self.list(client, uri).map { $0["id"] as? String } == [ownID])
            #expect(try await Self.list(client, uri, partners.gb).isEmpty, "not released to GBR")
            #expect(try await Self.list(client, "/api/v1/records", partners.gb).isEmpty)
            #expect(try await Self.list(client, "/api/v1/records?kind=annotation", partners.gb).isEmpty)

            let (_, shared) = try await Self.annotate(
                client,
                #"{"title":"Shadow fleet","body":"Re-flagged twice in 2025.","time":"2026-11-21T09:00:00Z","labels":{"tlp":"AMBER","releasableTo":["GBR"]}}"#
            )
            let sharedID = try #require(shared["id"] as? String)
            #expect(shared["title"] as? String == "Shadow fleet")
            #expect(try await Self.list(client, uri, partners.gb).map { $0["id"] as? String } == [sharedID])
            #expect(try await Self.list(client, uri, partners.fr).isEmpty, "France is not named")
            let records = try await Self.list(
                client,
                "/api/v1/records?kind=annotation&vessel=\(Self.vessel)",
                partners.gb
            )
            #expect(records.map { $0["id"] as? String } == [sharedID])
            #expect(try await Self.list(client, "/api/v1/records?vessel=412000002").isEmpty, "another vessel")
            // the owner sees both, newest (by time) first
            let both = try await Self.list(client, uri).map { $0["id"] as? String }
            #expect(Set(both) == [ownID, sharedID])
            let times = try await Self.list(client, uri).compactMap { $0["time"] as? String }
            #expect(times == times.sorted(by: >))
            // another vessel has none
            #expect(try await Self.list(client, "/api/v1/vessels/412000002/annotations").isEmpty)
            // the partner may read it but not write for the owner: an annotation of its own is its own
            let (gbStatus, gbOwn) = try await Self.annotate(
                client,
                #"{"body":"Agreed.","labels":{"tlp":"GREEN"}}"#,
                headers: partners.gb
            )
            #expect(gbStatus == .created)
            #expect((gbOwn["labels"] as? [String: Any])?["owner"] as? String == "gb-mod")
            #expect(try await Self.list(client, uri).count == 2, "gb-mod's owner-only annotation is not test-org's")
        }
    }

    @Test(arguments: [
        ("abc", #"{"body":"x","labels":{"tlp":"GREEN"}}"#, "MMSI"),
        ("0", #"{"body":"x","labels":{"tlp":"GREEN"}}"#, "MMSI"),
        ("1234567890", #"{"body":"x","labels":{"tlp":"GREEN"}}"#, "MMSI"),
        ("412000001", #"{"body":"  \n ","labels":{"tlp":"GREEN"}}"#, "body must not be empty"),
        ("412000001", #"{"labels":{"tlp":"GREEN"}}"#, "body is required"),
        ("412000001", #"{"body":"x","labels":{"tlp":"WHITE"}}"#, "labels.tlp \"WHITE\""),
        ("412000001", #"{"body":"x","labels":{"tlp":"RED","releasableTo":["gb mod"]}}"#, "releasableTo entry"),
        ("412000001", #"{"body":"x","time":"yesterday","labels":{"tlp":"RED"}}"#, "time \"yesterday\""),
        ("412000001", "not json", "not JSON"),
    ])
    func badAnnotationsAreRefusedSayingWhy(_ mmsi: String, _ json: String, _ message: String) async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            let (status, answer) = try await Self.annotate(client, json, mmsi: mmsi)
            #expect(status == .badRequest)
            let text = (answer["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(text.contains(message), "\(text)")
            #expect(await signedIn.sharing.allRecords().isEmpty)
        }
    }

    @Test func anAnnotationRecordNamesExactlyOneVessel() async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            for vessels in ["[]", "[412000001,412000002]", "[1234567890]"] {
                try await client.execute(
                    uri: "/api/v1/records",
                    method: .post,
                    body: ByteBuffer(
                        string:
                            #"{"kind":"annotation","title":"t","body":"b","vessels":\#(vessels),"labels":{"tlp":"GREEN"}}"#
                    )
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(String(buffer: response.body).contains("annotation"), "\(vessels)")
                }
            }
            let partners = try await Self.partners(signedIn.sharing)
            let (status, _) = try await Self.annotate(
                client,
                #"{"body":"x","labels":{"tlp":"GREEN"}}"#,
                headers: partners.viewer
            )
            #expect(status == .forbidden, "a viewer may not write")
            #expect(await signedIn.sharing.allRecords().isEmpty)
            let audit = try await signedIn.sharing.store.auditLines().joined(separator: "\n")
            #expect(audit.contains("needs role analyst"))
            #expect(audit.contains("an annotation names exactly one vessel"))
        }
    }

    /// Deleting an annotation (its tombstone links no vessel) takes it off the vessel.
    @Test func aDeletedAnnotationLeavesTheVessel() async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            let (_, made) = try await Self.annotate(client, #"{"body":"Wrong hull.","labels":{"tlp":"GREEN"}}"#)
            let id = try #require(made["id"] as? String)
            try await client.execute(uri: "/api/v1/records/\(id)", method: .delete) { #expect($0.status == .noContent) }
            #expect(try await Self.list(client, "/api/v1/vessels/\(Self.vessel)/annotations").isEmpty)
            let tombstone = try #require(await signedIn.sharing.allRecords().first { $0.id == id })
            #expect(tombstone.isDeleted && tombstone.vessels.isEmpty && tombstone.formProblem == nil)
        }
    }

    /// The records stream carries an annotation to exactly those its labels release it to.
    @Test func theLiveStreamCarriesAnAnnotationOnlyToThoseItIsReleasedTo() async throws {
        let node = try await TestNode.start()
        let sharing = node.signedIn.sharing
        let partners = try await Self.partners(sharing)
        let socket = try await RawSocket.offPool { try RawSocket.connect(port: node.http) }
        defer { close(socket) }
        try RawSocket.write(
            socket,
            "GET /api/v1/records/stream HTTP/1.1\r\nHost: x\r\nAuthorization: \(partners.gb[.authorization]!)\r\n\r\n"
        )
        #expect(await RawSocket.read(socket, until: ": connected"))
        var ids: [String] = []
        for labels in [#"{"tlp":"AMBER"}"#, #"{"tlp":"AMBER","releasableTo":["GBR"]}"#] {
            var request = node.request("/api/v1/vessels/\(Self.vessel)/annotations")
            request.httpMethod = "POST"
            request.httpBody = Data(#"{"body":"note","labels":\#(labels)}"#.utf8)
            let (data, _) = try await URLSession.shared.data(for: request)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            ids.append(try #require(object?["id"] as? String))
        }
        let text = await RawSocket.collect(socket, until: ids[1], quiet: 30)
        #expect(text.contains(ids[1]))
        #expect(!text.contains(ids[0]), "the owner-only annotation reached gb-mod's stream")
        await node.stop()
    }

    /// A partner's node receives, by federation, the annotations released to it and no other, and
    /// shows them on the same vessel.
    @Test func federationCarriesAnAnnotationToThePartnerItIsReleasedTo() async throws {
        let origin = try await SignedIn.make()
        // the origin decides what gb-mod may receive, so it must know gb-mod's nation
        try await origin.sharing.addOrganisation(Organisation(id: "gb-mod", name: "UK", nation: "GBR"), by: "t")
        let author = Principal(
            user: "tester",
            role: .admin,
            reader: await origin.sharing.reader(organisation: "test-org")
        )
        var written: [String] = []
        for labels in [#"{"tlp":"AMBER","releasableTo":["GBR"]}"#, #"{"tlp":"AMBER"}"#] {
            let draft = try JSONDecoder().decode(
                AnnotationDraft.self,
                from: Data(#"{"body":"Re-flagged twice in 2025.","labels":\#(labels)}"#.utf8)
            )
            written.append(try await origin.sharing.annotate(vessel: Self.vessel, draft, by: author).id)
        }
        let partner = try await SignedIn.make(organisation: "gb-mod", nation: "GBR")
        try await partner.sharing.addOrganisation(Organisation(id: "test-org", name: "origin", nation: "JPN"), by: "t")
        try await partner.sharing.addPeer(
            Peer(
                organisation: "test-org",
                url: "http://127.0.0.1:1",
                publicKey: origin.sharing.nodeKey.publicKey.base64
            ),
            by: "t"
        )
        let node = try await TestNode.start(signedIn: partner)
        let sent = try await origin.sharing.push(
            to: Peer(organisation: "gb-mod", url: "http://127.0.0.1:\(node.http)", publicKey: "")
        )
        let (data, _) = try await URLSession.shared.data(
            for: node.request("/api/v1/vessels/\(Self.vessel)/annotations")
        )
        await node.stop()
        #expect(sent == 1, "one annotation is released to GBR")
        let shown = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        #expect(shown?.map { $0["id"] as? String } == [written[0]])
        #expect(shown?.first?["kind"] as? String == "annotation")
        #expect((shown?.first?["labels"] as? [String: Any])?["owner"] as? String == "test-org")
    }
}
