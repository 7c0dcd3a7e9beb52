import Foundation
import Sharing
import Testing

/// Records signed by their origin node: the canonical bytes, what breaks a signature, and the inbox
/// refusing what a relay changed or what comes from an origin it cannot check.
@Suite struct OriginSignatureTests {
    static let now: Int64 = 1_790_001_000
    let japan = SharingFixtures.keys["jp-mod"]!
    let britain = SharingFixtures.keys["gb-mod"]!

    /// RFC 8785 Appendix B: IEEE 754 bit patterns and the text every implementation must write.
    @Test(
        arguments: [
            (0x0000_0000_0000_0000, "0"), (0x8000_0000_0000_0000, "0"), (0x0000_0000_0000_0001, "5e-324"),
            (0x8000_0000_0000_0001, "-5e-324"), (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
            (0x4340_0000_0000_0000, "9007199254740992"), (0x4430_0000_0000_0000, "295147905179352830000"),
            (0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"), (0x44b5_2d02_c7e1_4af6, "1e+23"),
            (0x444b_1ae4_d6e2_ef50, "1e+21"), (0x444b_1ae4_d6e2_ef4f, "999999999999999900000"),
            (0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"), (0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
            (0x41b3_de43_5555_5553, "333333333.3333332"), (0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
            (0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
        ] as [(UInt64, String)]
    )
    func numbersAreWrittenAsRFC8785Says(bits: UInt64, text: String) {
        #expect(CanonicalJSONProbe.number(Double(bitPattern: bits)) == text)
    }

    @Test func signedBytesAreTheCanonicalJSONOfEveryField() {
        let record = SharedRecord(
            id: "00000000-0000-4000-8000-000000000001",
            version: 2,
            kind: .incident,
            title: "Tanker \"A\"",
            body: "line\n",
            time: 1_790_000_000,
            latitude: 35.5,
            longitude: -0.000001,
            vessels: [412_000_001],
            events: ["e-1"],
            labels: Labels(owner: "jp-mod", tlp: .amberStrict, releasableTo: ["GBR"]),
            origin: "jp-mod",
            author: "aoi",
            updated: 1_790_000_100
        )
        let expected =
            #"{"author":"aoi","body":"line\n","events":["e-1"],"format":"kizuna-record/1","#
            + #""id":"00000000-0000-4000-8000-000000000001","kind":"incident","#
            + #""labels":{"owner":"jp-mod","releasableTo":["GBR"],"tlp":"AMBER+STRICT"},"latitude":35.5,"#
            + #""longitude":-0.000001,"origin":"jp-mod","time":1790000000,"title":"Tanker \"A\"","#
            + #""updated":1790000100,"version":2,"vessels":[412000001]}"#
        #expect(String(decoding: record.signedBytes, as: UTF8.self) == expected)
        var tombstone = record.tombstone(by: "aoi", at: 1_790_000_200)
        tombstone.labels.classification = "SECRET"
        #expect(String(decoding: tombstone.signedBytes, as: UTF8.self).contains(#""classification":"SECRET""#))
        #expect(String(decoding: tombstone.signedBytes, as: UTF8.self).contains(#""deleted":true"#))
    }

    @Test func anyChangeBreaksTheSignatureAndStoringKeepsIt() throws {
        let signed = SharingFixtures.record(2, owner: "jp-mod", position: (25.7, 123.5))
        #expect(signed.isSigned(by: japan.publicKey))
        #expect(!signed.isSigned(by: britain.publicKey))
        let reread = try JSONDecoder().decode(SharedRecord.self, from: try JSONEncoder().encode(signed))
        #expect(reread.isSigned(by: japan.publicKey))
        var changes: [SharedRecord] = []
        for change in [
            { (r: inout SharedRecord) in r.labels.releasableTo.append("FRA") },
            { $0.labels.tlp = .clear }, { $0.body += "." }, { $0.title = "other" }, { $0.latitude = 25.70001 },
            { $0.version += 1 }, { $0.vessels.removeLast() }, { $0.deleted = true }, { $0.signature = nil },
        ] as [(inout SharedRecord) -> Void] {
            var changed = signed
            change(&changed)
            changes.append(changed)
        }
        #expect(changes.allSatisfy { !$0.isSigned(by: japan.publicKey) })
    }

    /// NATO headquarters hears from the British node only; the Japanese node is a key-only peer.
    var inbox: FederationInbox {
        FederationInbox(
            peers: ["gb-mod": britain.publicKey],
            reader: SharingFixtures.nato,
            origins: ["gb-mod": britain.publicKey, "jp-mod": japan.publicKey]
        )
    }

    func relay(_ records: [SharedRecord], from sender: String = "gb-mod", key: NodeKey? = nil) throws -> Data {
        try FederationMessage(sender: sender, receiver: "nato-hq", sequence: 1, sent: Self.now, records: records)
            .sealed(with: key ?? britain)
    }

    @Test func honestRelayIsAcceptedAndForgedOneRefused() throws {
        let honest = SharingFixtures.record(7, owner: "jp-mod", tlp: .amber)
        var widened = SharingFixtures.record(8, owner: "jp-mod", tlp: .amber)
        widened.labels.releasableTo.append("FRA")
        var rewritten = SharingFixtures.record(9, owner: "jp-mod", tlp: .amber)
        rewritten.body = "nothing to see"
        var unsigned = SharingFixtures.record(10, owner: "jp-mod", tlp: .amber)
        unsigned.signature = nil
        let stranger = SharingFixtures.record(11, owner: "kr-mnd", tlp: .amber)
        guard
            case .accepted(let delivery) = inbox.receive(
                try relay([honest, widened, rewritten, unsigned, stranger]),
                now: Self.now
            )
        else {
            Issue.record("message refused")
            return
        }
        #expect(delivery.records == [honest])
        #expect(
            delivery.refused == [
                RefusedRecord(id: widened.id, reason: .badOriginSignature(origin: "jp-mod")),
                RefusedRecord(id: rewritten.id, reason: .badOriginSignature(origin: "jp-mod")),
                RefusedRecord(id: unsigned.id, reason: .badOriginSignature(origin: "jp-mod")),
                RefusedRecord(id: stranger.id, reason: .unknownOrigin("kr-mnd")),
            ]
        )
    }

    @Test func aKeyOnlyPeerIsNoSender() throws {
        let direct = try relay([SharingFixtures.record(7, owner: "jp-mod")], from: "jp-mod", key: japan)
        #expect(
            inbox.receive(direct, now: Self.now)
                == .rejected(.unknownSender(keyFingerprint: japan.publicKey.fingerprint))
        )
    }
}

/// The package-internal canonical number writer, reached through a record's signed bytes: a record
/// whose only number of interest is its latitude.
enum CanonicalJSONProbe {
    static func number(_ x: Double) -> String {
        let record = SharedRecord(
            id: "00000000-0000-4000-8000-000000000001",
            title: "",
            body: "",
            time: 0,
            latitude: x,
            longitude: 0,
            labels: Labels(owner: "a", tlp: .clear),
            origin: "a",
            author: "",
            updated: 0
        )
        let text = String(decoding: record.signedBytes, as: UTF8.self)
        let start = text.range(of: #""latitude":"#)!.upperBound
        return String(text[start...].prefix { $0 != "," })
    }
}
