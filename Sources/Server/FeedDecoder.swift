import AIS
import Foundation
import NIOCore

/// Decodes one feed's bytes into reports, keeping the partial line and fragments between reads.
struct FeedDecoder {
    private var decoder = AISStreamDecoder()
    private var rejectedSoFar = 0

    /// The reports in `buffer`, and how many lines the decoder rejected while reading it.
    mutating func reports(from buffer: ByteBuffer) -> (reports: [ObservedReport], rejected: Int) {
        let receiveTime = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let received = ContinuousClock.now
        var reports: [ObservedReport] = []
        buffer.withUnsafeReadableBytes { bytes in
            decoder.feed(bytes) { decoded in
                if let report = ObservedReport(decoded, receiveTime: receiveTime, received: received) {
                    reports.append(report)
                }
            }
        }
        let rejected = decoder.statistics.rejected
        defer { rejectedSoFar = rejected }
        return (reports, rejected - rejectedSoFar)
    }
}
