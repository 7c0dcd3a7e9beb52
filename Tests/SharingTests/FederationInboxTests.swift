import Foundation
import Sharing
import Testing

@Suite struct FederationInboxTests {
    static let now: Int64 = 1_790_001_000
    let britishKey = SharingFixtures.keys["gb-mod"]!
    let japaneseKey = SharingFixtures.keys["jp-mod"]!

    /// NATO headquarters' inbox, peering with the British and Japanese ministries.
    var inbox: FederationInbox {
        FederationInbox(
            peers: ["gb-mod": britishKey.publicKey, "jp-mod": japaneseKey.publicKey],
            reader: SharingFixtures.nato
        )
    }

    func wire(
        from sender: String = "gb-mod",
        to receiver: String = "nato-hq",
        sequence: Int = 1,
        sent: Int64 = now,
        nonce: String = FederationMessage.newNonce(),
        records: [SharedRecord] = [SharingFixtures.record(1)],
        key: NodeKey? = nil
    ) throws -> Data {
        let message = FederationMessage(
            sender: sender,
            receiver: receiver,
            sequence: sequence,
            sent: sent,
            nonce: nonce,
            records: records
        )
        return try message.sealed(with: key ?? britishKey)
    }

    func rejection(_ wire: Data, inbox: FederationInbox? = nil) -> FederationRejection? {
        if case .rejected(let why) = (inbox ?? self.inbox).receive(wire, now: Self.now) { return why }
        return nil
    }

    func delivery(_ wire: Data) throws -> FederationDelivery {
        guard case .accepted(let delivery) = inbox.receive(wire, now: Self.now) else {
            throw Failure("refused: \(inbox.receive(wire, now: Self.now))")
        }
        return delivery
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    @Test func signedMessageIsAcceptedWithItsRecordsUnchanged() throws {
        let records = [SharingFixtures.record(1, position: (35.1, 139.75)), SharingFixtures.record(2, kind: .incident)]
        let delivery = try delivery(try wire(sequence: 7, records: records))
        #expect(delivery.records == records)
        #expect(delivery.refused.isEmpty)
        #expect(delivery.sender == "gb-mod")
        #expect(delivery.sequence == 7)
    }

    @Test func unknownKeyIsAnUnknownSender() throws {
        let stranger = NodeKey.generate()
        #expect(
            rejection(try wire(key: stranger)) == .unknownSender(keyFingerprint: stranger.publicKey.fingerprint)
        )
    }

    @Test func tamperedPayloadOrSignatureIsABadSignature() throws {
        let sealed = try JSONSerialization.jsonObject(with: try wire()) as! [String: String]
        var payload = Data(base64Encoded: sealed["payload"]!)!
        payload[payload.count / 2] ^= 0x01
        var tampered = sealed
        tampered["payload"] = payload.base64EncodedString()
        #expect(rejection(try JSONSerialization.data(withJSONObject: tampered)) == .badSignature(peer: "gb-mod"))
        var signature = Data(base64Encoded: sealed["signature"]!)!
        signature[0] ^= 0x80
        tampered = sealed
        tampered["signature"] = signature.base64EncodedString()
        #expect(rejection(try JSONSerialization.data(withJSONObject: tampered)) == .badSignature(peer: "gb-mod"))
    }

    @Test func peerSpeakingForAnotherIsRefused() throws {
        #expect(
            rejection(try wire(from: "jp-mod", key: britishKey))
                == .senderMismatch(signedBy: "gb-mod", claimed: "jp-mod")
        )
    }

    @Test func messageForAnotherNodeIsRefused() throws {
        #expect(rejection(try wire(to: "jp-mod")) == .notAddressedToUs(receiver: "jp-mod"))
    }

    @Test func timeOutsideTheWindowIsRefused() throws {
        #expect(rejection(try wire(sent: Self.now - 301)) == .tooOld(sent: Self.now - 301, now: Self.now, window: 300))
        #expect(
            rejection(try wire(sent: Self.now + 301))
                == .fromTheFuture(sent: Self.now + 301, now: Self.now, window: 300)
        )
        #expect(rejection(try wire(sent: Self.now - 300)) == nil)
        #expect(rejection(try wire(sent: Self.now + 300)) == nil)
    }

    @Test func replaysAreRefused() throws {
        var inbox = self.inbox
        let first = try wire(sequence: 5, nonce: "0123456789abcdef0123456789abcdef")
        guard case .accepted(let delivery) = inbox.receive(first, now: Self.now) else {
            Issue.record("first delivery refused")
            return
        }
        // Not yet stored: a retry of the same message is still acceptable.
        #expect(rejection(first, inbox: inbox) == nil)
        inbox.accepted(delivery, now: Self.now)
        #expect(rejection(first, inbox: inbox) == .replayedSequence(sender: "gb-mod", sequence: 5, lastAccepted: 5))
        #expect(
            rejection(try wire(sequence: 4), inbox: inbox)
                == .replayedSequence(sender: "gb-mod", sequence: 4, lastAccepted: 5)
        )
        #expect(
            rejection(try wire(sequence: 6, nonce: "0123456789abcdef0123456789abcdef"), inbox: inbox)
                == .replayedNonce(sender: "gb-mod", nonce: "0123456789abcdef0123456789abcdef")
        )
        #expect(rejection(try wire(sequence: 6), inbox: inbox) == nil)
        // Sequences are per sender.
        #expect(rejection(try wire(from: "jp-mod", sequence: 1, records: [], key: japaneseKey), inbox: inbox) == nil)
        // State survives a restart through `senders`.
        let restarted = FederationInbox(peers: inbox.peers, reader: inbox.reader, senders: inbox.senders)
        #expect(rejection(first, inbox: restarted) == .replayedSequence(sender: "gb-mod", sequence: 5, lastAccepted: 5))
        // Old nonces are forgotten once outside the window.
        inbox.accepted(try self.delivery(try wire(sequence: 6)), now: Self.now + 301)
        #expect(inbox.senders["gb-mod"]?.nonces.keys.contains("0123456789abcdef0123456789abcdef") == false)
    }

    @Test func malformedOrOversizedMessagesAreRefused() throws {
        let small = FederationInbox(peers: inbox.peers, reader: SharingFixtures.nato, maximumBytes: 100)
        let sealed = try wire()
        #expect(rejection(sealed, inbox: small) == .oversized(bytes: sealed.count, limit: 100))
        guard case .malformed = rejection(Data("not json".utf8)) else {
            Issue.record("garbage accepted")
            return
        }
        guard case .malformed = rejection(try wire(nonce: "short")) else {
            Issue.record("short nonce accepted")
            return
        }
        // Correctly signed bytes that are not a Kizuna message.
        let payload = Data(#"{"format":"other/1","sender":"gb-mod"}"#.utf8)
        let envelope: [String: String] = [
            "key": britishKey.publicKey.fingerprint, "payload": payload.base64EncodedString(),
            "signature": britishKey.signature(for: payload).base64EncodedString(),
        ]
        guard case .malformed = rejection(try JSONSerialization.data(withJSONObject: envelope)) else {
            Issue.record("foreign payload accepted")
            return
        }
    }

    @Test func recordsAreRefusedOneByOne() throws {
        var badLabels = SharingFixtures.record(3)
        badLabels.labels.releasableTo = ["nato hq"]
        var badID = SharingFixtures.record(4)
        badID.id = "00000000-0000-4000-8000-00000000000G"
        var halfPosition = SharingFixtures.record(5)
        halfPosition.latitude = 35
        let records = [
            SharingFixtures.record(1),
            SharingFixtures.record(2, releasableTo: ["jp-mod"]),
            badLabels, badID, halfPosition,
            SharingFixtures.record(6, owner: "nato-hq"),
            SharingFixtures.record(1, version: 2),
            // Forwarded by gb-mod: AMBER of jp-mod released to NATO may travel on, RED may not.
            SharingFixtures.record(7, owner: "jp-mod", tlp: .amber),
            SharingFixtures.record(8, owner: "jp-mod", tlp: .red),
            SharingFixtures.record(9, owner: "jp-mod", tlp: .amberStrict),
            // A RED record that gb-mod owns, written at gb-mod, goes from its owner's node.
            SharingFixtures.record(10, tlp: .red),
        ]
        let delivery = try delivery(try wire(records: records))
        #expect(delivery.records.map(\.id) == [records[0].id, records[7].id, records[10].id])
        let reasons = Dictionary(uniqueKeysWithValues: delivery.refused.map { ($0.id, $0.reason) })
        #expect(delivery.refused.count == 8)
        #expect(reasons[records[1].id] == .notReleasableToUs)
        guard case .malformedLabels = reasons[badLabels.id], case .malformedRecord = reasons[badID.id],
            case .malformedRecord = reasons[halfPosition.id]
        else {
            Issue.record("form problems not named: \(delivery.refused)")
            return
        }
        #expect(reasons[records[5].id] == .ourOwnRecord)
        #expect(delivery.refused.contains(RefusedRecord(id: records[0].id, reason: .duplicateInMessage)))
        #expect(reasons[records[8].id] == .forwardingNotAllowed(origin: "jp-mod", tlp: .red))
        #expect(reasons[records[9].id] == .forwardingNotAllowed(origin: "jp-mod", tlp: .amberStrict))
    }

    @Test func newerVersionsWinAndRedeliveryChangesNothing() {
        let v1 = SharingFixtures.record(1)
        let v2 = SharingFixtures.record(1, version: 2)
        #expect(RecordMerge(incoming: v1, held: nil) == .insert)
        #expect(RecordMerge(incoming: v2, held: v1) == .replace(heldVersion: 1))
        #expect(RecordMerge(incoming: v2, held: v2) == .ignore(heldVersion: 2))
        #expect(RecordMerge(incoming: v1, held: v2) == .ignore(heldVersion: 2))
        #expect(
            RecordMerge(incoming: SharingFixtures.record(1, version: 3, origin: "jp-mod"), held: v2)
                == .conflict(heldOrigin: "gb-mod")
        )
    }

    @Test func applyingADeliveryTwiceIsIdempotent() throws {
        let records = [SharingFixtures.record(1, version: 2), SharingFixtures.record(2)]
        let delivery = try delivery(try wire(records: records))
        var store: [String: SharedRecord] = [
            "00000000-0000-4000-8000-000000000001": SharingFixtures.record(1, version: 3)
        ]
        func apply() -> [RecordMerge] {
            delivery.plan(held: store).map { planned in
                switch planned.action {
                case .insert, .replace: store[planned.record.id] = planned.record
                case .ignore, .conflict: break
                }
                return planned.action
            }
        }
        #expect(apply() == [.ignore(heldVersion: 3), .insert])
        let once = store
        #expect(apply() == [.ignore(heldVersion: 3), .ignore(heldVersion: 1)])
        #expect(store == once)
        #expect(store[records[1].id] == records[1])
    }
}

extension FederationInboxTests {
    @Test func senderChoosesWhatTheReceiverWouldKeep() throws {
        let records = [
            SharingFixtures.record(1),
            SharingFixtures.record(2, releasableTo: ["jp-mod"]),
            SharingFixtures.record(3, owner: "jp-mod", tlp: .red),
            SharingFixtures.record(4, owner: "jp-mod", tlp: .green, releasableTo: ["ip4"]),
            SharingFixtures.record(5, owner: "nato-hq", releasableTo: ["gb-mod"]),
        ]
        let chosen = FederationMessage.deliverable(records, from: "gb-mod", to: SharingFixtures.nato)
        #expect(chosen.map(\.id) == [records[0].id, records[3].id])
        let delivery = try delivery(try wire(records: records))
        #expect(delivery.records == chosen)
    }
}

extension FederationInboxTests {
    /// Signs `payload` with the British key, as a peer with a different encoder might.
    func envelope(_ payload: Data) throws -> Data {
        try JSONSerialization.data(withJSONObject: [
            "key": britishKey.publicKey.fingerprint, "payload": payload.base64EncodedString(),
            "signature": britishKey.signature(for: payload).base64EncodedString(),
        ])
    }

    @Test func unreadableRecordsAreRefusedAlone() throws {
        let records = (1...3).map { SharingFixtures.record($0) }
        let sealed = try JSONSerialization.jsonObject(with: try wire(records: records)) as! [String: String]
        var payload = try JSONSerialization.jsonObject(with: Data(base64Encoded: sealed["payload"]!)!) as! [String: Any]
        var written = payload["records"] as! [[String: Any]]
        var labels = written[0]["labels"] as! [String: Any]
        labels["tlp"] = "WHITE"
        written[0]["labels"] = labels
        written[2]["version"] = "two"
        payload["records"] = written
        let delivery = try delivery(try envelope(try JSONSerialization.data(withJSONObject: payload)))
        #expect(delivery.records == [records[1]])
        #expect(
            delivery.refused == [
                RefusedRecord(
                    id: records[0].id,
                    reason: .malformedLabels("\"labels.tlp\" is missing or has the wrong type or value")
                ),
                RefusedRecord(
                    id: records[2].id,
                    reason: .malformedRecord("\"version\" is missing or has the wrong type or value")
                ),
            ]
        )
    }
}
