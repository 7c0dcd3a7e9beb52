import Logging
import ServiceLifecycle
import Sharing

/// Pushes new records to every peer: at once when a record is stored, and every `interval` for
/// retries. A peer that is down is retried with a back-off of up to `maximumBackoff`; the cursor of
/// what each peer acknowledged is kept in the store, so sending resumes where it stopped after a
/// restart of either side.
struct FederationSender: Service {
    let sharing: SharingService
    var interval: Duration = .milliseconds(500)
    var maximumBackoff: Duration = .seconds(5)
    let logger: Logger

    func run() async throws {
        let wakeUps = await sharing.subscribe()
        let (ticks, tick) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let forward = Task {
            for await _ in wakeUps { tick.yield() }
        }
        let timer = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                tick.yield()
            }
        }
        defer {
            forward.cancel()
            timer.cancel()
        }
        await cancelWhenGracefulShutdown {
            var retryAt: [String: ContinuousClock.Instant] = [:]
            var backoff: [String: Duration] = [:]
            for await _ in ticks {
                for peer in await sharing.allPeers() {
                    if let at = retryAt[peer.organisation], at > .now { continue }
                    do {
                        try await sharing.push(to: peer)
                        retryAt[peer.organisation] = nil
                        backoff[peer.organisation] = nil
                    } catch is CancellationError {
                        return  // the node is stopping
                    } catch {
                        let wait = min((backoff[peer.organisation] ?? .milliseconds(250)) * 2, maximumBackoff)
                        backoff[peer.organisation] = wait
                        retryAt[peer.organisation] = .now + wait
                        logger.warning(
                            "federation send failed; will retry",
                            metadata: ["peer": "\(peer.organisation)", "error": "\(error)", "retry_in": "\(wait)"]
                        )
                    }
                }
            }
        }
    }
}
