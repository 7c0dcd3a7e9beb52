import Geo

/// A named area whose entries and exits the truth records: a territorial sea or contiguous zone.
///
/// The engine takes zones as values; the command line reads them from GeoJSON, naming each by
/// the feature's id, which is what `kizuna analyze` writes in an event's `zone` field.
public struct SimulationZone: Sendable {
    /// The zone's name as the event's `zone` field carries it.
    public var name: String
    /// The zone's shape (Geo's point-in-polygon, the same test the detectors use).
    public var shape: MultiPolygon

    /// A zone from its polygons.
    public init(name: String, polygons: [Polygon]) {
        self.name = name
        self.shape = MultiPolygon(polygons)
    }

    /// The points within `radiusNauticalMiles` of any of `centres`: a union of circles (each a
    /// polygon of `vertices` corners) around island points.
    public static func buffer(
        name: String,
        around centres: [GeoPoint],
        radiusNauticalMiles radius: Double,
        vertices: Int = 180
    ) -> SimulationZone {
        let circles = centres.map { centre in
            Polygon(
                outer: (0...vertices).map {
                    centre.destination(
                        nauticalMiles: radius,
                        bearingDegrees: Double($0 % vertices) * 360 / Double(vertices)
                    )
                }
            )
        }
        return SimulationZone(name: name, polygons: circles)
    }

    /// A ring about `radiusNauticalMiles` from the nearest of `centres`, traced by casting rays
    /// from the centres' mean (right for a compact group whose buffer is star-shaped from its
    /// mean, such as the four western Senkaku islands); first point repeated last.
    public static func ring(
        around centres: [GeoPoint],
        radiusNauticalMiles radius: Double,
        vertices: Int = 180
    )
        -> [GeoPoint]
    {
        let mean = GeoPoint(
            latitude: centres.map(\.latitude).reduce(0, +) / Double(centres.count),
            longitude: centres.map(\.longitude).reduce(0, +) / Double(centres.count)
        )
        var ring: [GeoPoint] = []
        for k in 0..<vertices {
            let bearing = Double(k) * 360 / Double(vertices)
            // The farthest distance along the ray that is still within `radius` of a centre.
            var low = 0.0
            var high = radius * 4 + 200
            for _ in 0..<40 {
                let mid = (low + high) / 2
                let p = mean.destination(nauticalMiles: mid, bearingDegrees: bearing)
                if centres.contains(where: { $0.distanceNauticalMiles(to: p) <= radius }) {
                    low = mid
                } else {
                    high = mid
                }
            }
            ring.append(mean.destination(nauticalMiles: low, bearingDegrees: bearing))
        }
        ring.append(ring[0])
        return ring
    }

    /// Whether `point` lies inside the zone.
    public func contains(_ point: GeoPoint) -> Bool {
        shape.contains(point)
    }
}
