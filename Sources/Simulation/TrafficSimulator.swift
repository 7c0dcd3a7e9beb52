import AIS

/// Counts from one run of the simulator.
public struct SimulationSummary: Sendable, Hashable {
    /// Messages in the feed (a two-sentence message 5 counts once).
    public var messages = 0
    /// Lines in the feed.
    public var sentences = 0
    /// Bytes written.
    public var bytes = 0
    /// Position reports sent, received or not (the reception model's denominator).
    public var transmittedPositions = 0
    /// Position reports in the feed.
    public var positionReports = 0
    public var staticMessages = 0
    public var baseStationReports = 0
}

/// Runs a ``Scenario``: every vessel transmits at its ITU-R M.1371-5 interval, the reception model
/// decides which messages reach the feed, and the feed is written in time order with NMEA 4.10
/// tag-block times.
public enum TrafficSimulator {
    /// Writes the scenario's feed through `write`, in chunks of about `bufferBytes`.
    ///
    /// Messages come out in order of send time; the tag block carries whole seconds, so its
    /// times never decrease. The same scenario always gives the same bytes.
    public static func run(
        _ scenario: Scenario,
        bufferBytes: Int = 1 << 22,
        write: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows -> SimulationSummary {
        var summary = SimulationSummary()
        var out: [UInt8] = []
        out.reserveCapacity(bufferBytes + 4096)
        var encoder = FeedEncoder()
        var master = SeededGenerator(seed: scenario.seed ^ 0x5EED_F00D)
        let vessels = scenario.vessels
        let stations = scenario.reception.receivers.filter { $0.baseStationMMSI != nil }
        let start = Double(scenario.startTime)
        let end = start + scenario.duration

        var rngs: [SeededGenerator] = []
        var cursors = [Int](repeating: 0, count: vessels.count)
        var nextStatic = [Double](repeating: 0, count: vessels.count)
        var channels = [UInt8](repeating: UInt8(ascii: "A"), count: vessels.count)
        var heap = EventHeap()
        for (i, v) in vessels.enumerated() {
            var rng = master.split()
            let first = max(start, v.track.startTime) + rng.uniform(0, 10)
            nextStatic[i] = first + rng.uniform(0, ReportingInterval.staticSeconds)
            rngs.append(rng)
            if first <= min(end, v.track.endTime) { heap.push(first, Int32(i)) }
        }
        for j in stations.indices {
            heap.push(start + Double(j % 10) + 0.5, Int32(vessels.count + j))
        }

        while let (t, id) = heap.pop() {
            if t > end { break }
            let second = Int64(t.rounded(.down))
            let i = Int(id)
            if i >= vessels.count {
                let station = stations[i - vessels.count]
                encoder.appendBaseStation(
                    mmsi: station.baseStationMMSI!,
                    position: (station.position.latitude, station.position.longitude),
                    second: second,
                    to: &out
                )
                summary.baseStationReports += 1
                summary.messages += 1
                summary.sentences += 1
                heap.push(t + ReportingInterval.baseStationSeconds, id)
            } else {
                let v = vessels[i]
                let state = v.track.state(at: t, cursor: &cursors[i])
                if v.isTransmitting(at: t) {
                    summary.transmittedPositions += 1
                    if scenario.reception.receives(state.position, secondsFromStart: t - start, using: &rngs[i]) {
                        encoder.appendPosition(
                            mmsi: v.mmsi,
                            stationClass: v.stationClass,
                            state: state,
                            second: second,
                            channel: channels[i],
                            to: &out
                        )
                        channels[i] = channels[i] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
                        summary.positionReports += 1
                        summary.messages += 1
                        summary.sentences += 1
                    }
                    if t >= nextStatic[i] {
                        nextStatic[i] += ReportingInterval.staticSeconds
                        if scenario.reception.receives(state.position, secondsFromStart: t - start, using: &rngs[i]) {
                            for message in staticMessages(v, at: t) {
                                let before = out.count
                                encoder.appendMessage(message, second: second, channel: channels[i], to: &out)
                                summary.sentences += out[before...].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
                                summary.messages += 1
                                summary.staticMessages += 1
                            }
                        }
                    }
                } else if t >= nextStatic[i] {
                    nextStatic[i] += ReportingInterval.staticSeconds
                }
                let interval = ReportingInterval.positionSeconds(
                    v.stationClass,
                    speedKnots: state.speedKnots,
                    atAnchorOrMoored: state.status == NavigationStatus.atAnchor
                        || state.status == NavigationStatus.moored
                )
                let next = t + interval + rngs[i].uniform(-0.05, 0.05) * min(interval, 10)
                if next <= min(end, v.track.endTime) { heap.push(next, id) }
            }
            if out.count >= bufferBytes {
                summary.bytes += out.count
                try out.withUnsafeBytes { try write($0) }
                out.removeAll(keepingCapacity: true)
            }
        }
        summary.bytes += out.count
        if !out.isEmpty { try out.withUnsafeBytes { try write($0) } }
        return summary
    }

    /// Message 5 (Class A) or the two parts of message 24 (Class B) for `vessel` at `time`.
    static func staticMessages(_ vessel: SimulatedVessel, at time: Double) -> [AISMessage] {
        var name = vessel.name
        var callSign = vessel.callSign
        var imo = vessel.imo
        if let change = vessel.identityChange, time >= change.time {
            name = change.name
            callSign = change.callSign
            imo = change.imo
        }
        let bow = UInt16(vessel.length * 2 / 3)
        let stern = UInt16(vessel.length) - bow
        let port = UInt8(vessel.beam / 2)
        let starboard = UInt8(vessel.beam) - port
        switch vessel.stationClass {
        case .a:
            var body = StaticVoyageData()
            body.imoNumber = imo
            body.callSign = callSign
            body.shipName = name
            body.shipType = vessel.shipType
            body.toBow = bow
            body.toStern = stern
            body.toPort = port
            body.toStarboard = starboard
            body.fixType = 1
            body.draught = Double(max(3, vessel.length / 25))
            body.destination = vessel.destination
            return [AISMessage(messageType: 5, mmsi: vessel.mmsi, body: .staticVoyageData(body))]
        case .b:
            var a = StaticDataReport()
            a.partNumber = 0
            a.shipName = name
            var b = StaticDataReport()
            b.partNumber = 1
            b.shipType = vessel.shipType
            b.vendorID = "KZN"
            b.callSign = callSign
            b.toBow = bow
            b.toStern = stern
            b.toPort = port
            b.toStarboard = starboard
            return [
                AISMessage(messageType: 24, mmsi: vessel.mmsi, body: .staticDataReport(a)),
                AISMessage(messageType: 24, mmsi: vessel.mmsi, body: .staticDataReport(b)),
            ]
        }
    }
}

/// A binary min-heap of (time, entity) pairs; ties go to the lower entity number, so the order
/// is fully determined.
struct EventHeap {
    private var times: [Double] = []
    private var ids: [Int32] = []

    private func less(_ a: Int, _ b: Int) -> Bool {
        times[a] < times[b] || (times[a] == times[b] && ids[a] < ids[b])
    }

    private mutating func swapAt(_ a: Int, _ b: Int) {
        times.swapAt(a, b)
        ids.swapAt(a, b)
    }

    mutating func push(_ time: Double, _ id: Int32) {
        times.append(time)
        ids.append(id)
        var i = times.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if less(i, parent) {
                swapAt(i, parent)
                i = parent
            } else {
                break
            }
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard !times.isEmpty else { return nil }
        let top = (times[0], ids[0])
        let last = times.count - 1
        swapAt(0, last)
        times.removeLast()
        ids.removeLast()
        var i = 0
        let n = times.count
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var smallest = i
            if l < n && less(l, smallest) { smallest = l }
            if r < n && less(r, smallest) { smallest = r }
            if smallest == i { break }
            swapAt(i, smallest)
            i = smallest
        }
        return top
    }
}
