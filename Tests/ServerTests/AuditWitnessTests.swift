import Foundation
import Server
import Sharing
import Store
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Peers hold each other's signed audit checkpoints (`/federation/v1/checkpoints`).
@Suite struct AuditWitnessTests {
    /// Two organisations' services, each knowing the other as a peer at `url`.
    static func pair(url: (String) -> String = { _ in "http://127.0.0.1:9" }) async throws -> (SignedIn, SignedIn) {
        let jp = try await SignedIn.make(organisation: "jp-mod", nation: "JPN")
        let gb = try await SignedIn.make(organisation: "gb-mod", nation: "GBR")
        for (here, there) in [(jp, gb), (gb, jp)] {
            try await here.sharing.addOrganisation(
                Organisation(id: there.sharing.organisation, name: there.sharing.organisation, nation: nil),
                by: "test"
            )
            try await here.sharing.addPeer(
                Peer(
                    organisation: there.sharing.organisation,
                    url: url(there.sharing.organisation),
                    publicKey: there.sharing.nodeKey.publicKey.base64
                ),
                by: "test"
            )
        }
        return (jp, gb)
    }

    static func message(_ origin: String, _ checkpoint: AuditCheckpoint) -> Data {
        Data(#"{"origin":"\#(origin)","checkpoint":"\#(checkpoint.description)"}"#.utf8)
    }

    /// The actions in the audit log, once the refusals still being counted are written.
    static func auditActions(_ sharing: SharingService) async throws -> [String] {
        await sharing.flushRefusals(all: true)
        return try await sharing.store.auditLines().map { try AuditEntry(storedLine: $0).action.rawValue }
    }

    @Test func aRunningNodeSendsItsHeadToItsPeerWhichProvesATruncationLater() async throws {
        let jpSignedIn = try await SignedIn.make(organisation: "jp-mod", nation: "JPN")
        let gbSignedIn = try await SignedIn.make(organisation: "gb-mod", nation: "GBR")
        let jp = try await TestNode.start(signedIn: jpSignedIn, checkpointInterval: .milliseconds(100))
        let gb = try await TestNode.start(signedIn: gbSignedIn, checkpointInterval: .milliseconds(100))
        defer { Task { await jp.stop() } }
        defer { Task { await gb.stop() } }
        for (here, there) in [(jp, gb), (gb, jp)] {
            let peer = there.signedIn.sharing
            try await here.signedIn.sharing.addOrganisation(
                Organisation(id: peer.organisation, name: peer.organisation, nation: nil),
                by: "test"
            )
            try await here.signedIn.sharing.addPeer(
                Peer(
                    organisation: peer.organisation,
                    url: "http://127.0.0.1:\(there.http)",
                    publicKey: peer.nodeKey.publicKey.base64
                ),
                by: "test"
            )
        }
        // entries the peer must come to vouch for
        for i in 0..<3 {
            await jp.signedIn.sharing.record(actor: "test", action: .create, target: "record:\(i)", outcome: "ok")
        }
        let head = try #require(try await jp.signedIn.sharing.store.lastAuditLine()).prefix(64)
        var held: WitnessedCheckpoint?
        for _ in 0..<100 {
            held = try await gb.signedIn.sharing.witnessedCheckpoint(of: "jp-mod")
            if let text = held?.checkpoint, try AuditCheckpoint(text: text).head.hash == head { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let checkpoint = try AuditCheckpoint(text: try #require(held?.checkpoint))
        #expect(checkpoint.head.hash == head, "gb-mod never held jp-mod's head")

        // gb-mod keeps the head before it answers; jp-mod's sender notes the answer a moment later
        for _ in 0..<600 {  // up to 30 s on a busy machine
            if try await jp.signedIn.sharing.store.cursor("witness-out:gb-mod") >= Int64(checkpoint.head.sequence) {
                break
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        let gbPeer = try #require(await jp.signedIn.sharing.allPeers().first)
        #expect(try await jp.signedIn.sharing.sendCheckpoint(to: gbPeer) == false, "nothing new to vouch for")

        let lines = try await jp.signedIn.sharing.store.auditLines()
        let key = jp.signedIn.sharing.nodeKey.publicKey
        let upToHead = Array(lines.prefix(checkpoint.head.sequence))
        #expect(AuditChain.verify(upToHead, checkpoint: checkpoint, publicKey: key).isIntact)
        #expect(!AuditChain.verify(Array(upToHead.dropLast()), checkpoint: checkpoint, publicKey: key).isIntact)

        // the admin's view of it, and the peer's own key is not enough to forge one
        let (body, response) = try await URLSession.shared.data(for: gb.request("/api/v1/peers/jp-mod/checkpoint"))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let answer = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(answer["checkpoint"] as? String == checkpoint.description)
        let (_, missing) = try await URLSession.shared.data(for: gb.request("/api/v1/peers/nobody/checkpoint"))
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)
    }

    @Test func aPeerRefusesWhatItCannotTrustAndKeepsProofOfARewrite() async throws {
        let (jp, gb) = try await Self.pair()
        let key = jp.sharing.nodeKey
        let head = AuditChain.Head(sequence: 5, hash: String(repeating: "a", count: 64))
        let signed = AuditCheckpoint(head: head, time: 1, key: key)

        let stranger = await gb.sharing.receiveCheckpoint(Self.message("cn-coast", signed))
        #expect(stranger.status == 401)
        let forged = await gb.sharing.receiveCheckpoint(
            Self.message("jp-mod", AuditCheckpoint(head: head, time: 1, key: .generate()))
        )
        #expect(forged.status == 401)
        #expect(forged.message.contains("not signed by jp-mod"))
        let garbage = await gb.sharing.receiveCheckpoint(Data("{\"origin\":\"jp-mod\"}".utf8))
        #expect(garbage.status == 400)
        #expect(try await gb.sharing.witnessedCheckpoint(of: "jp-mod") == nil)

        #expect(await gb.sharing.receiveCheckpoint(Self.message("jp-mod", signed)).status == 200)
        #expect(await gb.sharing.receiveCheckpoint(Self.message("jp-mod", signed)).message == "already held")
        let rewritten = AuditCheckpoint(
            head: .init(sequence: 5, hash: String(repeating: "b", count: 64)),
            time: 2,
            key: key
        )
        let conflict = await gb.sharing.receiveCheckpoint(Self.message("jp-mod", rewritten))
        #expect(conflict.status == 409)
        let older = AuditCheckpoint(
            head: .init(sequence: 4, hash: String(repeating: "c", count: 64)),
            time: 3,
            key: key
        )
        #expect(await gb.sharing.receiveCheckpoint(Self.message("jp-mod", older)).status == 409)
        let newer = AuditCheckpoint(
            head: .init(sequence: 9, hash: String(repeating: "d", count: 64)),
            time: 4,
            key: key
        )
        #expect(await gb.sharing.receiveCheckpoint(Self.message("jp-mod", newer)).status == 200)

        let held = try #require(try await gb.sharing.witnessedCheckpoint(of: "jp-mod"))
        #expect(held.checkpoint == newer.description)
        #expect(held.conflicting == rewritten.description, "the proof of the rewrite is kept")
        let actions = try await Self.auditActions(gb.sharing)
        #expect(actions.filter { $0 == "federation_rejected" }.count == 3)
        #expect(actions.contains("checkpoint_conflict"))
        #expect(actions.contains("checkpoint_regressed"))
        #expect(try await gb.sharing.verifyAudit().isIntact)
    }

    @Test func aSenderKeepsNoAcknowledgementFromAnAbsentPeer() async throws {
        let (jp, _) = try await Self.pair()
        let peer = try #require(await jp.sharing.allPeers().first)
        await #expect(throws: (any Error).self) { try await jp.sharing.sendCheckpoint(to: peer) }
        #expect(try await jp.sharing.store.cursor("witness-out:gb-mod") == 0)
    }
}
