import Foundation
import Sharing
import Store

extension SharingService {
    /// Re-reads organisations, groups, users and peers, and forgets every cached token, when the
    /// store's ``SharingStore/directoryGeneration()`` has moved since the last read: that is how a
    /// running node sees users, tokens and peers that the `kizuna` command line (or another node on
    /// the same PostgreSQL database) added, revoked or disabled. Costs one small read when nothing
    /// changed. Returns whether it re-read.
    @discardableResult
    public func refreshDirectory() async throws -> Bool {
        let generation = try await store.directoryGeneration()
        guard generation != directoryGeneration else { return false }
        // before any suspension: a token read from the store before this point may predate a
        // revocation, so it must not be served from the cache afterwards (see `authenticate`)
        tokenCache.removeAll(keepingCapacity: true)
        tokenCacheEpoch += 1
        let edits = directoryEdits
        let organisations = try await store.organisations()
        let groups = try await store.groups()
        let users = try await store.users()
        let peers = try await store.peers()
        var senders: [String: FederationInbox.SenderState] = [:]
        for peer in peers where inboxSenders[peer.organisation] == nil {
            if let text = try await store.setting("inbox:\(peer.organisation)") {
                senders[peer.organisation] = try JSONDecoder().decode(
                    FederationInbox.SenderState.self,
                    from: Data(text.utf8)
                )
            }
        }
        // this service changed the directory while it was being read: what was read may miss that
        // change, so keep what is in memory and read again at the next call (the change moved the
        // generation)
        guard edits == directoryEdits else { return false }
        // replace everything at once, with no suspension in between
        self.organisations = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        self.groups = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0) })
        self.users = Dictionary(uniqueKeysWithValues: users.map { ($0.name, $0) })
        self.peers = Dictionary(uniqueKeysWithValues: peers.map { ($0.organisation, $0) })
        peerKeys = [:]
        for peer in peers {
            do {
                peerKeys[peer.organisation] = try NodePublicKey(base64: peer.publicKey)
            } catch {
                logger.error("peer key unreadable", metadata: ["peer": "\(peer.organisation)", "error": "\(error)"])
            }
        }
        for (peer, state) in senders where inboxSenders[peer] == nil { inboxSenders[peer] = state }
        directoryGeneration = generation
        return true
    }
}
