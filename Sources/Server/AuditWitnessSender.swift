import Logging
import ServiceLifecycle

/// Sends every peer a signed checkpoint of this node's audit log each `interval`, when the log's
/// head moved since the peer last acknowledged one (``SharingService/sendCheckpoint(to:session:)``).
/// A peer that is down is tried again at the next interval; nothing is audited for that, so that an
/// absent peer does not grow the log.
struct AuditWitnessSender: Service {
    let sharing: SharingService
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                for peer in await sharing.allPeers() {
                    do {
                        try await sharing.sendCheckpoint(to: peer)
                    } catch is CancellationError {
                        return  // the node is stopping
                    } catch {
                        logger.warning(
                            "audit checkpoint not delivered; will retry",
                            metadata: ["peer": "\(peer.organisation)", "error": "\(error)"]
                        )
                    }
                }
            }
        }
    }
}
