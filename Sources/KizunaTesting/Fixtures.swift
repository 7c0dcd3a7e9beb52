import Foundation

/// Paths to the fixtures the tests share: the real AIS captures in `../shared/testdata/ais` and the
/// package's own `Data/` folder.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared/testdata/ais` beside the package.
    public static let aisTestData = packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/testdata/ais"
    )

    /// The AISHub capture that gpsd ships (82,744 messages), as bundled in `Data/ais`.
    public static let aisHubCapture = packageRoot.appendingPathComponent("Data/ais/aishub-sample.nmea")

    /// The bytes of a file in `../shared/testdata/ais`.
    public static func aisFile(_ name: String) throws -> Data {
        try Data(contentsOf: aisTestData.appendingPathComponent(name))
    }

    /// Finds an executable on `PATH`, or nil.
    public static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input; returns standard output.
    public static func run(_ executable: URL, _ arguments: [String], input: Data) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output
    }
}
