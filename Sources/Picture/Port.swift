import Geo

/// A port or anchorage, near which meetings of vessels are routine and not encounters.
public struct Port: Sendable, Hashable {
    public var name: String
    /// ISO 3166-1 alpha-3.
    public var country: String
    public var point: GeoPoint

    public init(name: String, country: String, latitude: Double, longitude: Double) {
        self.name = name
        self.country = country
        self.point = GeoPoint(latitude: latitude, longitude: longitude)
    }

    /// The region's main commercial ports and the harbours of the Nansei islands, positions
    /// rounded to 0.01° (about 1 km) at the harbour entrance or main basin. Approximate positions
    /// written down by hand, not yet checked against NGA's World Port Index (Pub. 150); meant to be
    /// good to a few kilometres, small against the 10 km encounter rule. Pass your own list to
    /// ``MaritimePicture`` for another region.
    public static let eastAsia: [Port] = [
        Port(name: "Tokyo", country: "JPN", latitude: 35.62, longitude: 139.78),
        Port(name: "Yokohama", country: "JPN", latitude: 35.45, longitude: 139.66),
        Port(name: "Chiba", country: "JPN", latitude: 35.58, longitude: 140.07),
        Port(name: "Nagoya", country: "JPN", latitude: 35.05, longitude: 136.87),
        Port(name: "Osaka", country: "JPN", latitude: 34.64, longitude: 135.43),
        Port(name: "Kobe", country: "JPN", latitude: 34.67, longitude: 135.21),
        Port(name: "Kitakyushu (Moji)", country: "JPN", latitude: 33.95, longitude: 130.96),
        Port(name: "Hakata", country: "JPN", latitude: 33.61, longitude: 130.40),
        Port(name: "Nagasaki", country: "JPN", latitude: 32.74, longitude: 129.86),
        Port(name: "Sasebo", country: "JPN", latitude: 33.16, longitude: 129.72),
        Port(name: "Kagoshima", country: "JPN", latitude: 31.59, longitude: 130.57),
        Port(name: "Niigata", country: "JPN", latitude: 37.95, longitude: 139.06),
        Port(name: "Maizuru", country: "JPN", latitude: 35.48, longitude: 135.38),
        Port(name: "Naha", country: "JPN", latitude: 26.22, longitude: 127.67),
        Port(name: "Ishigaki", country: "JPN", latitude: 24.34, longitude: 124.15),
        Port(name: "Hirara (Miyako)", country: "JPN", latitude: 24.81, longitude: 125.28),
        Port(name: "Kubura (Yonaguni)", country: "JPN", latitude: 24.45, longitude: 122.95),
        Port(name: "Busan", country: "KOR", latitude: 35.10, longitude: 129.04),
        Port(name: "Ulsan", country: "KOR", latitude: 35.50, longitude: 129.38),
        Port(name: "Gwangyang", country: "KOR", latitude: 34.90, longitude: 127.70),
        Port(name: "Incheon", country: "KOR", latitude: 37.45, longitude: 126.60),
        Port(name: "Pyeongtaek", country: "KOR", latitude: 36.97, longitude: 126.83),
        Port(name: "Nampo", country: "PRK", latitude: 38.73, longitude: 125.39),
        Port(name: "Chongjin", country: "PRK", latitude: 41.76, longitude: 129.82),
        Port(name: "Vladivostok", country: "RUS", latitude: 43.11, longitude: 131.88),
        Port(name: "Nakhodka", country: "RUS", latitude: 42.80, longitude: 132.89),
        Port(name: "Shanghai (Waigaoqiao)", country: "CHN", latitude: 31.36, longitude: 121.60),
        Port(name: "Shanghai (Yangshan)", country: "CHN", latitude: 30.62, longitude: 122.07),
        Port(name: "Ningbo-Zhoushan", country: "CHN", latitude: 29.93, longitude: 121.85),
        Port(name: "Qingdao", country: "CHN", latitude: 36.07, longitude: 120.32),
        Port(name: "Rizhao", country: "CHN", latitude: 35.38, longitude: 119.55),
        Port(name: "Lianyungang", country: "CHN", latitude: 34.74, longitude: 119.45),
        Port(name: "Yantai", country: "CHN", latitude: 37.56, longitude: 121.40),
        Port(name: "Dalian", country: "CHN", latitude: 38.93, longitude: 121.66),
        Port(name: "Tianjin", country: "CHN", latitude: 38.97, longitude: 117.79),
        Port(name: "Wenzhou", country: "CHN", latitude: 27.99, longitude: 120.83),
        Port(name: "Fuzhou", country: "CHN", latitude: 26.00, longitude: 119.45),
        Port(name: "Xiamen", country: "CHN", latitude: 24.45, longitude: 118.07),
        Port(name: "Keelung", country: "TWN", latitude: 25.15, longitude: 121.74),
        Port(name: "Taipei", country: "TWN", latitude: 25.16, longitude: 121.38),
        Port(name: "Taichung", country: "TWN", latitude: 24.29, longitude: 120.51),
        Port(name: "Kaohsiung", country: "TWN", latitude: 22.61, longitude: 120.28),
        Port(name: "Hualien", country: "TWN", latitude: 23.98, longitude: 121.63),
    ]

    /// The nearest of `ports` to `p` and its distance in metres.
    public static func nearest(to p: GeoPoint, in ports: [Port]) -> (port: Port, metres: Double)? {
        var best: (Port, Double)?
        for port in ports {
            let d = p.distanceMetres(to: port.point)
            if best == nil || d < best!.1 { best = (port, d) }
        }
        return best
    }
}
