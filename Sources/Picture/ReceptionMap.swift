import Geo

/// Where and when the receivers heard vessels: for each hour and grid cell, how many vessels
/// reported a position there. The gap detector asks it whether an area was well received while
/// a vessel was silent, so that a hole in coverage is not taken for a vessel going dark.
public struct ReceptionMap: Sendable {
    /// Cell size in degrees.
    public let cellDegrees: Double
    /// Hours kept; older buckets are dropped.
    public let retainHours: Int64
    private var buckets: [Int64: UInt16] = [:]
    private var lastMark: [Int64] = []
    private var newestHour: Int64 = .min
    private var oldestHour: Int64 = .max

    public init(cellDegrees: Double = 0.2, retainHours: Int64 = 24 * 14) {
        self.cellDegrees = cellDegrees
        self.retainHours = retainHours
    }

    func cell(_ p: GeoPoint) -> (Int64, Int64) {
        (
            Int64(((p.longitude + 180) / cellDegrees).rounded(.down)),
            Int64(((p.latitude + 90) / cellDegrees).rounded(.down))
        )
    }

    func key(hour: Int64, x: Int64, y: Int64) -> Int64 { hour << 24 | (y & 0xFFF) << 12 | (x & 0xFFF) }

    mutating func addVessel() { lastMark.append(-1) }

    /// Notes that vessel `v` reported at `p` at `time`.
    mutating func mark(vessel v: Int, at p: GeoPoint, time: Milliseconds) {
        let hour = time / 3_600_000
        let (x, y) = cell(p)
        let k = key(hour: hour, x: x, y: y)
        if lastMark[v] == k { return }
        lastMark[v] = k
        buckets[k, default: 0] &+= 1
        if hour > newestHour {
            newestHour = hour
            if oldestHour != .max, hour - oldestHour > retainHours * 2 { prune() }
        }
        oldestHour = min(oldestHour, hour)
    }

    private mutating func prune() {
        let cutoff = newestHour - retainHours
        buckets = buckets.filter { $0.key >> 24 >= cutoff }
        oldestHour = cutoff
    }

    /// The fraction of whole hours strictly between `from` and `to` in which some vessel reported
    /// within one cell of `p` (a square of three by three cells). 1 when there is no whole hour.
    public func coveredFraction(near points: [GeoPoint], from: Milliseconds, to: Milliseconds) -> Double {
        let h0 = from / 3_600_000 + 1
        let h1 = to / 3_600_000 - 1
        guard h1 >= h0 else { return 1 }
        var covered = 0
        let cells = points.map { cell($0) }
        for h in h0...h1 {
            var hit = false
            search: for (x, y) in cells {
                for dx in -1...1 {
                    for dy in -1...1 where buckets[key(hour: h, x: x + Int64(dx), y: y + Int64(dy))] != nil {
                        hit = true
                        break search
                    }
                }
            }
            if hit { covered += 1 }
        }
        return Double(covered) / Double(h1 - h0 + 1)
    }
}
