/// Slows password guessing: after `freeAttempts` failures for one key (a user name, or a client
/// address) within `window` seconds, further attempts are refused until a lock-out that doubles
/// with each further failure, up to `maximumLock`. A success clears the key. A value type with no
/// clock of its own: the caller passes the time, so tests can step it.
///
/// Follows OWASP ASVS 4.0.3 §2.2.1 (anti-automation against credential guessing).
public struct LoginThrottle: Sendable {
    public var freeAttempts = 5
    public var window: Int64 = 900
    public var baseLock: Int64 = 30
    public var maximumLock: Int64 = 3600
    /// Most keys remembered; the oldest are forgotten first, so memory stays bounded.
    public var capacity = 100_000

    private struct Failures {
        var count: Int
        var first: Int64
        var lockedUntil: Int64
    }

    private var failures: [String: Failures] = [:]

    public init() {}

    /// Seconds until `key` may try again, or nil when it may try now.
    public func retryAfter(_ key: String, now: Int64) -> Int64? {
        guard let f = failures[key], f.lockedUntil > now else { return nil }
        return f.lockedUntil - now
    }

    public mutating func recordFailure(_ key: String, now: Int64) {
        var f = failures[key] ?? Failures(count: 0, first: now, lockedUntil: 0)
        if now - f.first > window, f.lockedUntil <= now { f = Failures(count: 0, first: now, lockedUntil: 0) }
        f.count += 1
        if f.count >= freeAttempts {
            let doublings = min(f.count - freeAttempts, 20)
            f.lockedUntil = now + min(baseLock << doublings, maximumLock)
        }
        if failures.count >= capacity, failures[key] == nil {
            failures = failures.filter { $0.value.lockedUntil > now }
            if failures.count >= capacity { failures.removeAll(keepingCapacity: true) }
        }
        failures[key] = f
    }

    public mutating func recordSuccess(_ key: String) { failures[key] = nil }
}
