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

extension Fixtures {
    /// The `kizuna` executable built beside the test binary (`swift build --build-tests` builds both).
    public static var kizunaExecutable: URL? {
        let testBinary = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("kizuna")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    /// Runs `executable` and returns its exit status, standard output and standard error.
    public static func runStatus(_ executable: URL, _ arguments: [String]) throws -> (Int32, Data, Data) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
    }
}
