/// Traces the zero contour of a scalar field sampled on a regular latitude–longitude grid into
/// closed rings. The grid's border must be positive (outside), so that every contour closes.
struct MarchingSquares {
    let field: [Double]
    let nx: Int
    let ny: Int
    let origin: GeoPoint
    let dLat: Double
    let dLon: Double

    /// An edge of the grid, between two neighbouring samples: horizontal (i,j)–(i+1,j) or
    /// vertical (i,j)–(i,j+1).
    struct Edge: Hashable {
        var i: Int
        var j: Int
        var vertical: Bool
    }

    func value(_ i: Int, _ j: Int) -> Double { field[j * nx + i] }

    func point(on e: Edge) -> GeoPoint {
        let (i2, j2) = e.vertical ? (e.i, e.j + 1) : (e.i + 1, e.j)
        let a = value(e.i, e.j)
        let b = value(i2, j2)
        let t = a == b ? 0.5 : a / (a - b)
        let lat = origin.latitude + (Double(e.j) + (e.vertical ? t : 0)) * dLat
        let lon = origin.longitude + (Double(e.i) + (e.vertical ? 0 : t)) * dLon
        return GeoPoint(latitude: lat, longitude: lon)
    }

    func rings() -> [[GeoPoint]] {
        // Each cell contributes segments from one crossed edge to another, oriented so that the
        // inside (negative) lies to the left; following them closes each ring.
        var next: [Edge: Edge] = [:]
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let bottom = Edge(i: i, j: j, vertical: false)
                let top = Edge(i: i, j: j + 1, vertical: false)
                let left = Edge(i: i, j: j, vertical: true)
                let right = Edge(i: i + 1, j: j, vertical: true)
                let v0 = value(i, j) < 0  // bottom-left
                let v1 = value(i + 1, j) < 0  // bottom-right
                let v2 = value(i + 1, j + 1) < 0  // top-right
                let v3 = value(i, j + 1) < 0  // top-left
                let code = (v0 ? 1 : 0) | (v1 ? 2 : 0) | (v2 ? 4 : 0) | (v3 ? 8 : 0)
                let centreInside = (value(i, j) + value(i + 1, j) + value(i + 1, j + 1) + value(i, j + 1)) < 0
                switch code {
                case 0, 15: break
                case 1: next[left] = bottom
                case 2: next[bottom] = right
                case 3: next[left] = right
                case 4: next[right] = top
                case 5:
                    if centreInside {
                        next[left] = top
                        next[right] = bottom
                    } else {
                        next[left] = bottom
                        next[right] = top
                    }
                case 6: next[bottom] = top
                case 7: next[left] = top
                case 8: next[top] = left
                case 9: next[top] = bottom
                case 10:
                    if centreInside {
                        next[bottom] = left
                        next[top] = right
                    } else {
                        next[bottom] = right
                        next[top] = left
                    }
                case 11: next[top] = right
                case 12: next[right] = left
                case 13: next[right] = bottom
                case 14: next[bottom] = left
                default: break
                }
            }
        }
        var rings: [[GeoPoint]] = []
        for start in next.keys.sorted(by: { ($0.j, $0.i, $0.vertical ? 1 : 0) < ($1.j, $1.i, $1.vertical ? 1 : 0) })
        where next[start] != nil {
            var ring: [GeoPoint] = []
            var e = start
            while let n = next.removeValue(forKey: e) {
                ring.append(point(on: e))
                e = n
            }
            if ring.count >= 3 {
                ring.append(ring[0])
                rings.append(ring)
            }
        }
        return rings
    }
}
