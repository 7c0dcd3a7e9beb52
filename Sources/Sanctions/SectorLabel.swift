/// A row or column of a multi-regional table: a region and, within it, an industry (for Z) or a
/// final-demand category (for F).
///
/// In files a label is written `REGION_CODE`, split at the first underscore: `JPN_c14` is Japan's
/// electrical and optical equipment industry in WIOD, `CHN_CONS_h` China's household consumption.
public struct SectorLabel: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Region (country) code, e.g. `JPN`; WIOD uses ISO 3166 alpha-3 except `ROM` and `RoW`.
    public let region: String
    /// Industry or final-demand category code within the region, e.g. `c14`.
    public let code: String

    /// A label from its parts.
    public init(region: String, code: String) {
        self.region = region
        self.code = code
    }

    /// Parses `REGION_CODE`; nil when there is no underscore or either part is empty.
    public init?(parsing text: some StringProtocol) {
        guard let cut = text.firstIndex(of: "_") else { return nil }
        let region = String(text[..<cut])
        let code = String(text[text.index(after: cut)...])
        guard !region.isEmpty, !code.isEmpty else { return nil }
        self.init(region: region, code: code)
    }

    /// The label as written in files.
    public var description: String { "\(region)_\(code)" }
}
