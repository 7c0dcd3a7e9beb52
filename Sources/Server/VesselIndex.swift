import NIOCore
import Store
import Synchronization

/// The current state of every vessel the node has heard, in memory, on a latitude–longitude grid,
/// with each vessel's GeoJSON Feature written once when it changes: `GET /api/v1/vessels` is answered
/// from here, not from the store.
///
/// The store stays the source of truth: the index is loaded from it once (``loadIfNeeded(from:)``,
/// which the ingest writer calls before its first commit) and then follows what the writer commits
/// (``apply(_:store:)``), so that it answers what the store would. Only the ingest writer changes it;
/// any number of readers query it at once.
public final class VesselIndex: Sendable {
    /// Grid cell size, degrees of latitude and of longitude.
    public let cellDegrees: Double
    private let state = Mutex(State())

    struct State {
        var loaded = false
        var features: [UInt32: VesselFeature] = [:]
        /// MMSIs of the vessels with a position, by grid cell.
        var cells: [Int64: [UInt32]] = [:]
    }

    public init(cellDegrees: Double = 0.5) { self.cellDegrees = cellDegrees }

    /// Number of vessels held (with or without a position).
    public var count: Int { state.withLock { $0.features.count } }

    /// Reads every vessel with a position from `store`, unless the index already holds the store's
    /// state. Safe to call from several tasks: the first load to finish is kept.
    public func loadIfNeeded(from store: any NodeStore) async throws {
        guard !state.withLock({ $0.loaded }) else { return }
        let vessels = try await store.vessels(VesselQuery(limit: Int(Int32.max)))
        let features = vessels.map(VesselFeature.init)
        state.withLock { s in
            guard !s.loaded else { return }
            for feature in features { insert(feature, into: &s) }
            s.loaded = true
        }
    }

    /// Follows a committed batch: merges each update, in order, into the vessel held (as the store
    /// merges it, ``StoredVessel/merge(_:)``); a vessel the index does not hold yet is read back from
    /// `store`, which has just committed it. Returns the new state of each vessel updated, once per
    /// vessel, in the order of their first update.
    ///
    /// Called by the ingest writer only, after ``loadIfNeeded(from:)``.
    public func apply(_ updates: [StoredVessel], store: any NodeStore) async throws -> [VesselFeature] {
        var latest: [UInt32: StoredVessel] = state.withLock { s in
            var held: [UInt32: StoredVessel] = [:]
            for update in updates { held[update.mmsi] = s.features[update.mmsi]?.vessel }
            return held
        }
        var order: [UInt32] = []
        var seen: Set<UInt32> = []
        for update in updates {
            if var vessel = latest[update.mmsi] {
                vessel.merge(update)
                latest[update.mmsi] = vessel
            } else {
                // the store's state already holds this batch's updates; merging them again changes nothing
                latest[update.mmsi] = try await store.vessel(mmsi: update.mmsi) ?? update
            }
            if seen.insert(update.mmsi).inserted { order.append(update.mmsi) }
        }
        let changed = order.map { VesselFeature(latest[$0]!) }
        state.withLock { s in
            for feature in changed { insert(feature, into: &s) }
        }
        return changed
    }

    /// The vessels `query` selects, as the store would list them: with a position, inside the box,
    /// matching every filter, in MMSI order, at most `query.limit`.
    public func features(_ query: VesselQuery) -> [VesselFeature] {
        var found: [VesselFeature] = state.withLock { s in
            var found: [VesselFeature] = []
            visitCandidates(query.box, in: s) { mmsi in
                if let feature = s.features[mmsi], query.matches(feature.vessel) { found.append(feature) }
            }
            return found
        }
        found.sort { $0.vessel.mmsi < $1.vessel.mmsi }
        if found.count > query.limit { found.removeLast(found.count - query.limit) }
        return found
    }

    /// The answer to `GET /api/v1/vessels`: a GeoJSON FeatureCollection of ``features(_:)``.
    public func featureCollection(_ query: VesselQuery) -> ByteBuffer {
        let features = features(query)
        let head = #"{"type":"FeatureCollection","features":["#
        var buffer = ByteBuffer()
        buffer.reserveCapacity(head.utf8.count + 2 + features.reduce(0) { $0 + $1.json.count + 1 })
        buffer.writeString(head)
        for (i, feature) in features.enumerated() {
            if i > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
            buffer.writeBytes(feature.json)
        }
        buffer.writeString("]}")
        return buffer
    }

    // MARK: - The grid

    private func cell(latitude: Double, longitude: Double) -> (x: Int32, y: Int32) {
        (Int32((longitude / cellDegrees).rounded(.down)), Int32((latitude / cellDegrees).rounded(.down)))
    }

    private func key(_ x: Int32, _ y: Int32) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: y)) }

    private func cellKey(of vessel: StoredVessel) -> Int64? {
        guard let lat = vessel.latitude, let lon = vessel.longitude else { return nil }
        let (x, y) = cell(latitude: lat, longitude: lon)
        return key(x, y)
    }

    private func insert(_ feature: VesselFeature, into s: inout State) {
        let mmsi = feature.vessel.mmsi
        let old = s.features.updateValue(feature, forKey: mmsi).flatMap { cellKey(of: $0.vessel) }
        let new = cellKey(of: feature.vessel)
        guard old != new else { return }
        if let old, var list = s.cells[old], let i = list.firstIndex(of: mmsi) {
            list.swapAt(i, list.count - 1)
            list.removeLast()
            s.cells[old] = list.isEmpty ? nil : list
        }
        if let new { s.cells[new, default: []].append(mmsi) }
    }

    /// Calls `body` with the MMSI of every vessel whose cell the box touches (every vessel with a
    /// position when `box` is nil), looking up the box's cells or scanning the occupied ones,
    /// whichever are fewer.
    private func visitCandidates(_ box: BoundingBox?, in s: State, _ body: (UInt32) -> Void) {
        guard let box else {
            for list in s.cells.values { list.forEach(body) }
            return
        }
        let low = cell(latitude: box.minLatitude, longitude: box.minLongitude)
        let high = cell(latitude: box.maxLatitude, longitude: box.maxLongitude)
        let width = Int(high.x) - Int(low.x) + 1
        let height = Int(high.y) - Int(low.y) + 1
        if width * height <= s.cells.count {
            for x in low.x...high.x {
                for y in low.y...high.y { s.cells[key(x, y)]?.forEach(body) }
            }
        } else {
            for (key, list) in s.cells {
                let x = Int32(truncatingIfNeeded: key >> 32)
                let y = Int32(truncatingIfNeeded: key)
                if x >= low.x && x <= high.x && y >= low.y && y <= high.y { list.forEach(body) }
            }
        }
    }
}
