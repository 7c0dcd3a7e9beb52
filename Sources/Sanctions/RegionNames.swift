/// English short names of the regions of WIOD 2013 and of the alias members it lacks, by code
/// (ISO 3166 alpha-3; WIOD's `ROM` for Romania and `RoW` for the rest of the world), for reports
/// and the planner page.
public enum RegionNames {
    /// The name of `code`, or nil when unknown.
    public static func name(of code: String) -> String? { names[code] }

    static let names: [String: String] = [
        "AUS": "Australia", "AUT": "Austria", "BEL": "Belgium", "BGR": "Bulgaria", "BRA": "Brazil",
        "CAN": "Canada", "CHN": "China", "CYP": "Cyprus", "CZE": "Czechia", "DEU": "Germany",
        "DNK": "Denmark", "ESP": "Spain", "EST": "Estonia", "FIN": "Finland", "FRA": "France",
        "GBR": "United Kingdom", "GRC": "Greece", "HRV": "Croatia", "HUN": "Hungary", "IDN": "Indonesia",
        "IND": "India", "IRL": "Ireland", "ITA": "Italy", "JPN": "Japan", "KOR": "South Korea",
        "LTU": "Lithuania", "LUX": "Luxembourg", "LVA": "Latvia", "MEX": "Mexico", "MLT": "Malta",
        "NLD": "Netherlands", "NZL": "New Zealand", "POL": "Poland", "PRT": "Portugal", "ROM": "Romania",
        "ROU": "Romania", "RUS": "Russia", "SVK": "Slovakia", "SVN": "Slovenia", "SWE": "Sweden",
        "TUR": "Türkiye", "TWN": "Taiwan", "USA": "United States", "RoW": "Rest of the world",
    ]
}
