/// Turns a flood of refused anonymous requests into a bounded number of audit entries: refusals
/// are counted per ``Key`` (source address, action, target, reason) in windows of ``interval``
/// seconds, and each window becomes one ``Summary`` carrying its count. A value type with no clock
/// and no I/O: the caller passes the time and writes the summaries it is handed.
///
/// A window opens at its first refusal and closes ``interval`` seconds later; its summary is due
/// when the next refusal for the key comes after that, or when ``close(now:all:)`` sweeps it. So a
/// key yields at most one summary per interval, however many requests it sends.
///
/// Memory is bounded: at most ``capacity`` keys are counted one by one. While the table is full,
/// refusals for keys it does not hold are counted under ``overflowKey(_:)`` of their action (source,
/// target and reason `*`), whose summary says how many refusals came from sources the table could
/// not hold; so at most `capacity` plus one per action summaries are due per interval, whatever the
/// number of sources.
///
/// Actions and reasons must come from a small fixed vocabulary (never text the client chose), so
/// that one source cannot open many keys.
public struct RefusalTally: Sendable {
    /// What a refusal is counted under.
    public struct Key: Sendable, Hashable {
        /// The audit actor, e.g. `client:203.0.113.9`.
        public var source: String
        public var action: AuditAction
        public var target: String
        public var reason: String

        public init(source: String, action: AuditAction, target: String, reason: String) {
            self.source = source
            self.action = action
            self.target = target
            self.reason = reason
        }
    }

    /// One closed window: `count` refusals under `key` between `first` and `last` (seconds since
    /// 1970 UTC).
    public struct Summary: Sendable, Hashable {
        public var key: Key
        public var count: Int
        public var first: Int64
        public var last: Int64

        /// The audit detail, e.g. `1200 refusals from 1790000000 to 1790000059 (seconds since 1970
        /// UTC)`; it always starts with the count.
        public var detail: String {
            count == 1
                ? "1 refusal at \(first) (seconds since 1970 UTC)"
                : "\(count) refusals from \(first) to \(last) (seconds since 1970 UTC)"
        }
    }

    /// Length of a window, seconds.
    public var interval: Int64
    /// Most keys counted one by one.
    public var capacity: Int
    /// Refusals counted under an ``overflowKey(_:)`` since the tally began.
    public private(set) var overflowed = 0

    private struct Window {
        var count: Int
        var first: Int64
        var last: Int64
    }

    private var windows: [Key: Window] = [:]

    /// The key of refusals of `action` from sources the full table could not hold.
    public static func overflowKey(_ action: AuditAction) -> Key {
        Key(source: "client:*", action: action, target: "*", reason: "*")
    }

    public init(interval: Int64 = 60, capacity: Int = 4096) {
        self.interval = interval
        self.capacity = capacity
    }

    /// Keys with an open window (at most `capacity` plus one per action).
    public var openWindows: Int { windows.count }

    /// Counts one refusal at `now`; returns the summary of the key's previous window when that one
    /// had closed.
    public mutating func count(_ key: Key, now: Int64) -> Summary? {
        var key = key
        if windows[key] == nil, windows.count >= capacity, key.source != "client:*" {
            key = Self.overflowKey(key.action)
            overflowed += 1
        }
        guard var window = windows[key] else {
            windows[key] = Window(count: 1, first: now, last: now)
            return nil
        }
        if now >= window.first + interval {
            windows[key] = Window(count: 1, first: now, last: now)
            return Summary(key: key, count: window.count, first: window.first, last: window.last)
        }
        window.count += 1
        window.last = max(window.last, now)
        windows[key] = window
        return nil
    }

    /// Removes and returns the windows that have closed by `now` (every window when `all`, e.g. at
    /// shutdown), oldest first.
    public mutating func close(now: Int64, all: Bool = false) -> [Summary] {
        var due: [Summary] = []
        for (key, window) in windows where all || now >= window.first + interval {
            due.append(Summary(key: key, count: window.count, first: window.first, last: window.last))
        }
        for summary in due { windows[summary.key] = nil }
        return due.sorted { ($0.first, $0.key.source) < ($1.first, $1.key.source) }
    }
}
