import Foundation
import Sharing
import Testing

@Suite struct STIXBundleTests {
    /// Every kind, every TLP level, with and without a position, classification, vessels and events.
    static var records: [SharedRecord] {
        var records: [SharedRecord] = []
        for (n, tlp) in TrafficLightProtocol.allCases.enumerated() {
            for kind in SharedRecord.Kind.allCases {
                let i = n * 3 + records.count % 3 + 1
                records.append(
                    SharingFixtures.record(
                        records.count + 1,
                        version: i,
                        kind: kind,
                        owner: n.isMultiple(of: 2) ? "gb-mod" : "jp-mod",
                        tlp: tlp,
                        releasableTo: n == 0 ? [] : ["nato-hq", "ip4", "JPN"].suffix(n % 3 + 1),
                        origin: n == 3 ? "nato-hq" : nil,
                        position: i.isMultiple(of: 2) ? (35.681_236 + Double(i), 139.767_125 - Double(i) / 3) : nil
                    )
                )
            }
        }
        records[0].body = ""
        return records
    }

    /// The exported bundle as plain JSON objects, to inspect and tamper with.
    static func objects(_ records: [SharedRecord] = records) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: try STIXBundle(records: records).json()) as! [String: Any]
        #expect(json["type"] as? String == "bundle")
        return json["objects"] as! [[String: Any]]
    }

    static func bundle(_ objects: [[String: Any]]) throws -> Data {
        try JSONSerialization.data(withJSONObject: [
            "type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000000", "objects": objects,
        ])
    }

    @Test func exportThenImportGivesTheSameRecords() throws {
        let records = Self.records
        let json = try STIXBundle(records: records).json()
        // STIX carries no origin signature: the records come back unsigned
        #expect(try STIXBundle.records(from: json) == records.map(Self.unsigned))
        #expect(try STIXBundle(records: records).json() == json, "export is deterministic")
    }

    /// The ids and values OASIS published for TLP 2.0 (cti-stix-common-objects,
    /// extension-definition-specifications/tlp-2.0), written out here independently of the code.
    @Test(arguments: [
        (TrafficLightProtocol.clear, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "clear"),
        (.green, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green"),
        (.amber, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber"),
        (.amberStrict, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "amber+strict"),
        (.red, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "red"),
    ])
    func markingsAreTheOASISObjects(_ tlp: TrafficLightProtocol, _ id: String, _ value: String) throws {
        let record = SharingFixtures.record(1, kind: .incident, tlp: tlp)
        let objects = try Self.objects([record])
        let marking = try #require(objects.first { $0["type"] as? String == "marking-definition" })
        #expect(marking["id"] as? String == id)
        #expect(marking["name"] as? String == "TLP:" + value.uppercased())
        #expect(marking["created"] as? String == "2022-10-01T00:00:00.000Z")
        let extensions = marking["extensions"] as? [String: [String: String]]
        #expect(
            extensions?["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"]
                == ["extension_type": "property-extension", "tlp_2_0": value]
        )
        let incident = try #require(objects.first { $0["type"] as? String == "incident" })
        #expect(incident["id"] as? String == "incident--" + record.id)
        #expect(incident["object_marking_refs"] as? [String] == [id])
    }

    /// Replaces the first object of `type` by `change(object)` and imports the result.
    func importing(type: String, _ change: (inout [String: Any]) -> Void) throws -> STIXImportError? {
        var objects = try Self.objects()
        let index = try #require(objects.firstIndex { $0["type"] as? String == type })
        change(&objects[index])
        let bundle = try Self.bundle(objects)
        do {
            _ = try STIXBundle.records(from: bundle)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesRecordsWithoutOneKnownTLPMarking() throws {
        let tlp1White = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"
        #expect(try importing(type: "note") { $0["object_marking_refs"] = nil }?.reason == "has no TLP 2.0 marking")
        #expect(
            try importing(type: "note") { $0["object_marking_refs"] = [tlp1White] }?.reason.contains("TLP 1.0 WHITE")
                == true
        )
        #expect(
            try importing(type: "incident") {
                $0["object_marking_refs"] = ["marking-definition--00000000-0000-4000-8000-000000000000"]
            }?
            .reason.contains("neither TLP 2.0 nor in the bundle") == true
        )
        #expect(
            try importing(type: "report") {
                $0["object_marking_refs"] = [
                    "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
                    "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
                ]
            }?.reason.contains("exactly one") == true
        )
        // A marking object whose id and tlp_2_0 disagree.
        let forged = try importing(type: "marking-definition") { marking in
            marking["extensions"] = [
                "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": [
                    "extension_type": "property-extension", "tlp_2_0": "red",
                ]
            ]
        }
        #expect(forged?.object == "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487")
        #expect(forged?.reason.contains("tlp_2_0 \"red\"") == true)
    }

    @Test func refusesMalformedLabelsAndMissingFields() throws {
        let labels = try importing(type: "incident") { $0["x_kizuna_releasable_to"] = ["nato hq"] }
        #expect(labels?.reason.hasPrefix("malformed labels") == true)
        #expect(labels?.object?.hasPrefix("incident--") == true)
        #expect(try importing(type: "note") { $0["x_kizuna_version"] = nil }?.reason == "has no x_kizuna_version")
        #expect(try importing(type: "report") { $0["name"] = nil }?.reason == "has no name")
        #expect(
            try importing(type: "note") { $0["created_by_ref"] = nil }?.reason.hasPrefix("has no created_by_ref")
                == true
        )
        #expect(
            try importing(type: "incident") { $0["x_kizuna_time"] = "yesterday" }?.reason.contains("x_kizuna_time")
                == true
        )
        #expect(try importing(type: "incident") { $0["id"] = "incident--not-a-uuid" }?.reason.contains("UUID") == true)
        #expect(throws: STIXImportError.self) { try STIXBundle.records(from: Data(#"{"type":"report"}"#.utf8)) }
        #expect(throws: STIXImportError.self) { try STIXBundle.records(from: Data("[1,2".utf8)) }
    }

    /// An annotation is a note whose `object_refs` name an identity standing for the vessel.
    @Test func anAnnotationIsANoteAboutTheVesselsIdentity() throws {
        let record = SharingFixtures.record(2, kind: .annotation)
        #expect(record.vessels == [412_000_001])
        var objects = try Self.objects([record])
        let vessel = try #require(objects.first { $0["x_kizuna_mmsi"] as? Int == 412_000_001 })
        #expect(vessel["type"] as? String == "identity")
        #expect(vessel["identity_class"] as? String == "system")
        #expect(vessel["name"] as? String == "MMSI 412000001")
        let index = try #require(objects.firstIndex { $0["type"] as? String == "note" })
        #expect(objects[index]["object_refs"] as? [String] == [try #require(vessel["id"] as? String)])
        #expect(try STIXBundle.records(from: Self.bundle(objects)) == [Self.unsigned(record)])
        // a partner's tool that keeps only standard properties: the vessel still comes from object_refs
        objects[index] = objects[index].filter { !$0.key.hasPrefix("x_kizuna_") }
        let offer = try STIXImportOffer(json: Self.bundle(objects))
        #expect(offer.items.map(\.kind) == [.annotation])
        #expect(offer.items.map(\.vessels) == [[412_000_001]])
        #expect(offer.items.first?.title == record.title)
        #expect(offer.skipped.isEmpty)
        // one vessel, no more: the same check the API and the federation inbox make
        var twice = try Self.objects([record])
        let note = try #require(twice.firstIndex { $0["type"] as? String == "note" })
        twice[note]["x_kizuna_vessels"] = [412_000_001, 412_000_002]
        #expect {
            try STIXBundle.records(from: Self.bundle(twice))
        } throws: { ($0 as? STIXImportError)?.reason.contains("an annotation names exactly one vessel") == true }
    }

    @Test func otherObjectsAreSkipped() throws {
        var objects = try Self.objects([SharingFixtures.record(1, kind: .incident)])
        objects.append(["type": "indicator", "id": "indicator--00000000-0000-4000-8000-000000000001", "name": "x"])
        #expect(
            try STIXBundle.records(from: try Self.bundle(objects)) == [
                Self.unsigned(SharingFixtures.record(1, kind: .incident))
            ]
        )
    }

    static func unsigned(_ record: SharedRecord) -> SharedRecord {
        var copy = record
        copy.signature = nil
        return copy
    }
}
