import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Testing

/// `POST /api/v1/import/stix`: bundles exported by a node (and, with KIZUNA_STIX_TEST=1, made by
/// PyPI's `stix2`) become records of the importer's organisation, once.
@Suite("STIX import API")
struct STIXImportAPITests {
    /// One record of each kind, positioned, labelled and linked in different ways.
    static let drafts = [
        #"{"kind":"incident","title":"Rammed a patrol boat","body":"At 0300.","time":"2026-11-20T03:00:00Z","lat":25.75,"lon":123.5,"vessels":[412000001,412000002],"events":["ev-1"],"labels":{"tlp":"AMBER","releasableTo":["GBR"],"classification":"RESTRICTED"}}"#,
        #"{"kind":"observation","title":"Survey ship","body":"Towed array.","time":"2026-11-20T05:00:00Z","labels":{"tlp":"GREEN","releasableTo":["gb-mod","nato-hq"]}}"#,
        #"{"kind":"assessment","title":"Weekly pattern","body":"","time":"2026-11-19T00:00:00Z","labels":{"tlp":"AMBER+STRICT"}}"#,
        #"{"kind":"annotation","title":"Shadow fleet","body":"Re-flagged twice in 2025.","time":"2026-11-21T09:00:00Z","vessels":[412000003],"labels":{"tlp":"RED","releasableTo":["GBR"]}}"#,
    ]

    static func seed(_ client: any TestClientProtocol) async throws {
        for draft in drafts {
            try await client.execute(uri: "/api/v1/records", method: .post, body: ByteBuffer(string: draft)) {
                #expect($0.status == .created, "\(String(buffer: $0.body))")
            }
        }
    }

    static func export(_ client: any TestClientProtocol) async throws -> ByteBuffer {
        try await client.execute(uri: "/api/v1/export/stix", method: .get) { $0.body }
    }

    /// Posts `bundle`; the status and the answer's JSON.
    static func importing(
        _ client: any TestClientProtocol,
        _ bundle: ByteBuffer,
        query: String = "",
        headers: HTTPFields = [:]
    ) async throws -> (status: HTTPResponse.Status, answer: [String: Any]) {
        try await client.execute(uri: "/api/v1/import/stix\(query)", method: .post, headers: headers, body: bundle) {
            let object = try? JSONSerialization.jsonObject(with: Data($0.body.readableBytesView))
            return ($0.status, object as? [String: Any] ?? [:])
        }
    }

    static func skipped(_ answer: [String: Any]) -> [String: String] {
        let list = answer["skipped"] as? [[String: String]] ?? []
        return Dictionary(list.map { ($0["id"] ?? "", $0["reason"] ?? "") }, uniquingKeysWith: { $1 })
    }

    static func objectCount(_ bundle: ByteBuffer) throws -> Int {
        let json = try JSONSerialization.jsonObject(with: Data(bundle.readableBytesView)) as? [String: Any]
        return (json?["objects"] as? [Any])?.count ?? 0
    }

    @Test func exportThenImportOnOneNodeAndBetweenTwoOrganisations() async throws {
        try await RecordsAPITests.withApp { a, signedA in
            try await Self.seed(a)
            let originals = await signedA.sharing.allRecords()
            let bundle = try await Self.export(a)
            // on the node that wrote them, they are held already: nothing is duplicated
            let again = try await Self.importing(a, bundle)
            #expect(again.status == .ok)
            #expect(again.answer["imported"] as? Int == 0)
            #expect(Set(Self.skipped(again.answer).values.map { $0.hasPrefix("already held here") }) == [true])
            #expect(Self.skipped(again.answer).count == originals.count)
            #expect(await signedA.sharing.allRecords().count == originals.count)

            let gb = try await SignedIn.make(organisation: "gb-mod", nation: "GBR")
            try await RecordsAPITests.withApp(gb) { b, signedB in
                let first = try await Self.importing(b, bundle)
                #expect(first.status == .created)
                #expect(first.answer["imported"] as? Int == originals.count)
                #expect(Self.skipped(first.answer).isEmpty, "\(Self.skipped(first.answer))")
                let objects = try Self.objectCount(bundle)
                #expect(first.answer["context"] as? Int == objects - originals.count, "every other object is context")
                let imported = await signedB.sharing.allRecords()
                #expect(imported.count == originals.count)
                for original in originals {
                    let copy = try #require(imported.first { $0.title == original.title })
                    #expect(copy.id != original.id, "an imported record is the importer's own")
                    #expect(copy.kind == original.kind)
                    #expect(copy.body == original.body)
                    #expect(copy.time == original.time)
                    #expect(copy.latitude == original.latitude && copy.longitude == original.longitude)
                    #expect(copy.vessels == original.vessels && copy.events == original.events)
                    #expect(copy.labels.tlp == original.labels.tlp)
                    #expect(copy.labels.releasableTo == original.labels.releasableTo)
                    #expect(copy.labels.classification == original.labels.classification)
                    #expect(copy.labels.owner == "gb-mod" && copy.origin == "gb-mod" && copy.author == "tester")
                    #expect(copy.version == 1)
                }
                let audit = try await signedB.sharing.store.auditLines()
                let creates = audit.filter { $0.contains(#""action":"create""#) && $0.contains("record:") }
                #expect(creates.count == originals.count, "one create entry per record")
                #expect(audit.contains { $0.contains(#""action":"import""#) })

                // the same bundle again: nothing new
                let second = try await Self.importing(b, bundle)
                #expect(second.status == .ok)
                #expect(second.answer["imported"] as? Int == 0)
                #expect(
                    Set(Self.skipped(second.answer).values.map { $0.hasPrefix("already imported as record") }) == [true]
                )
                #expect(await signedB.sharing.allRecords().count == originals.count)
            }
        }
    }

    @Test func releasabilityCanBeGivenWithTheRequest() async throws {
        try await RecordsAPITests.withApp { a, _ in
            try await Self.seed(a)
            let bundle = try await Self.export(a)
            try await RecordsAPITests.withApp(try await SignedIn.make(organisation: "gb-mod", nation: "GBR")) {
                b,
                signedB in
                let bad = try await Self.importing(b, bundle, query: "?releasableTo=gb%20mod")
                #expect(bad.status == .badRequest)
                let reason = (bad.answer["error"] as? [String: Any])?["message"] as? String ?? ""
                #expect(reason.contains("releasableTo entry"), "\(reason)")
                let answer = try await Self.importing(b, bundle, query: "?releasableTo=nato-hq,FRA")
                #expect(answer.answer["imported"] as? Int == Self.drafts.count)
                #expect(await signedB.sharing.allRecords().allSatisfy { $0.labels.releasableTo == ["nato-hq", "FRA"] })
            }
            try await RecordsAPITests.withApp(try await SignedIn.make(organisation: "fr-mod", nation: "FRA")) {
                c,
                signedC in
                _ = try await Self.importing(c, bundle, query: "?releasableTo=")
                #expect(await signedC.sharing.allRecords().allSatisfy { $0.labels.releasableTo.isEmpty })
                #expect(await signedC.sharing.allRecords().count == Self.drafts.count)
            }
        }
    }

    @Test(arguments: [
        ("not json", "not a STIX bundle"),
        (#"{"type":"report","id":"report--1"}"#, #"type is "report", not "bundle""#),
        (#"{"type":"bundle","id":"bundle--1"}"#, "no objects"),
        (
            #"{"type":"bundle","objects":[{"type":"marking-definition","id":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"tlp_2_0":"clear"}}}]}"#,
            "carries tlp_2_0 \"clear\""
        ),
    ])
    func badBundlesAreRefusedSayingWhy(_ text: String, _ message: String) async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            let (status, answer) = try await Self.importing(client, ByteBuffer(string: text))
            #expect(status == .badRequest)
            let reason = (answer["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(reason.contains(message), "\(reason)")
            #expect(try await signedIn.sharing.store.auditLines().last?.contains("rejected") == true)
        }
    }

    /// A STIX id: `type--` and a UUID ending in `n`.
    static func id(_ type: String, _ n: Int) -> String { "\(type)--00000000-0000-4000-8000-00000000000\(n)" }

    /// Objects that are not records, or cannot be read, are listed with the reason; the rest import.
    @Test func unsupportedObjectsAreReportedNotDropped() async throws {
        let green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
        let tlp1 = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"
        let id = Self.id
        let objects: [[String: Any]] = [
            ["type": "incident", "id": id("incident", 1), "name": "Boarding", "object_marking_refs": [green]],
            ["type": "indicator", "id": id("indicator", 2), "pattern": "[x:y = 'z']", "object_marking_refs": [green]],
            ["type": "note", "id": id("note", 3), "content": "old marking", "object_marking_refs": [tlp1]],
            ["type": "note", "id": id("note", 4), "content": "no marking"],
            ["type": "note", "id": id("note", 5), "content": 5, "object_marking_refs": [green]],
            ["type": "report", "id": id("report", 6), "object_marking_refs": [green]],
            [
                "type": "relationship", "id": id("relationship", 7), "relationship_type": "uses",
                "source_ref": id("incident", 1), "target_ref": id("indicator", 2),
            ],
            ["type": "identity", "id": id("identity", 8), "name": "Someone"],
        ]
        let bundle = try JSONSerialization.data(withJSONObject: [
            "type": "bundle", "id": "bundle--1", "objects": objects,
        ])
        let count = objects.count
        try await RecordsAPITests.withApp { client, signedIn in
            let id = Self.id
            let (status, answer) = try await Self.importing(client, ByteBuffer(bytes: bundle))
            #expect(status == .created)
            #expect(answer["imported"] as? Int == 1)
            #expect(answer["context"] as? Int == 1)
            let skipped = Self.skipped(answer)
            #expect(skipped.count == count - 2)
            #expect(skipped[id("indicator", 2)]?.contains(#"STIX type "indicator" is not imported"#) == true)
            #expect(skipped[id("note", 3)]?.contains("TLP 1.0 AMBER") == true)
            #expect(skipped[id("note", 4)]?.contains("no TLP 2.0 marking") == true)
            #expect(skipped[id("note", 5)]?.contains("content has the wrong type") == true)
            #expect(skipped[id("report", 6)]?.contains("has no name") == true)
            #expect(skipped[id("relationship", 7)]?.contains(#"relationship type "uses""#) == true)
            let record = try #require(await signedIn.sharing.allRecords().first)
            #expect(record.kind == .incident && record.title == "Boarding" && record.labels.tlp == .green)
        }
    }

    @Test func viewersMayNotImportAndBundlesAreLimitedInSize() async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            try await signedIn.sharing.addUser(
                name: "val",
                organisation: SignedIn.organisation,
                role: .viewer,
                password: nil,
                by: "t"
            )
            let token = try await signedIn.sharing.issueToken(user: "val", kind: .api, lifetime: nil, by: "t").0.secret
            let empty = ByteBuffer(string: #"{"type":"bundle","objects":[]}"#)
            let viewer = try await Self.importing(client, empty, headers: [.authorization: "Bearer \(token)"])
            #expect(viewer.status == .forbidden)
            let huge = ByteBuffer(repeating: UInt8(ascii: " "), count: (16 << 20) + 1)
            #expect(try await Self.importing(client, huge).status == .contentTooLarge)
            let nothing = try await Self.importing(client, empty)
            #expect(nothing.status == .ok && nothing.answer["imported"] as? Int == 0)
        }
    }
}
