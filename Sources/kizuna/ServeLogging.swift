import Foundation
import Logging

/// The node's logs: plain text for a person at a terminal, or one JSON object a line for a log
/// collector (`--log-format json`), on standard error.
enum ServeLogging {
    static func bootstrap(format: String, level: String) -> Logger {
        let logLevel = Logger.Level(rawValue: level) ?? .info
        if format == "json" {
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, logLevel: logLevel) }
        } else {
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = logLevel
                return handler
            }
        }
        var logger = Logger(label: "kizuna.node")
        logger.logLevel = logLevel
        return logger
    }
}

/// One JSON object per log line: `time`, `level`, `label`, `message` and the metadata.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object: [String: Any] = [
            "time": Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)),
            "level": event.level.rawValue, "label": label, "message": "\(event.message)",
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = "\(value)"
        }
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        data.append(0x0A)
        FileHandle.standardError.write(data)
    }
}
