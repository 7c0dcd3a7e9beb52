import Logging
import ServiceLifecycle

/// Keeps a running node's sharing state current: every `interval` it re-reads the directory when
/// the store says another process changed it (``SharingService/refreshDirectory()``), so that users,
/// revocations and peers from the command line take effect within about a second, and it writes the
/// refusal counts whose window has closed (``SharingService/flushRefusals(all:)``).
struct SharingUpkeep: Service {
    let sharing: SharingService
    var interval: Duration = .seconds(1)
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    if try await sharing.refreshDirectory() { logger.info("sharing directory re-read") }
                } catch  where !Task.isCancelled {
                    logger.warning("sharing directory refresh failed", metadata: ["error": "\(error)"])
                } catch {
                    break
                }
                await sharing.flushRefusals()
                try? await Task.sleep(for: interval)
            }
        }
    }
}
