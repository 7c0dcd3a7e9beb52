import Foundation
import Sanctions

/// Runs `scripts/sanctions-reference.py` (pymrio and numpy) and reads what it wrote.
enum ReferenceTool {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shipped WIOD 2011 table.
    static var wiodDirectory: String { root.appendingPathComponent("Data/trade").path }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the reference script with `arguments`; throws with its stderr when it fails.
    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/sanctions-reference.py").path] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "sanctions-reference.py failed (needs python3 with pymrio and numpy: make deps): "
                    + String(decoding: message, as: UTF8.self)
            )
        }
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-sanctions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Decodes a JSON file.
    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: url))
    }

    /// Largest |a − b| / max(|b|, floor) over two vectors.
    static func maxRelativeError(_ a: [Double], _ b: [Double], floor: Double = 1e-300) -> Double {
        precondition(a.count == b.count)
        return zip(a, b).map { abs($0 - $1) / max(abs($1), floor) }.max() ?? 0
    }
}
