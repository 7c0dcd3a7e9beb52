import AIS
import Foundation
import NIOCore

/// Decodes one feed's bytes into reports, keeping the partial line and fragments between reads.
struct FeedDecoder {
    private var decoder = AISStreamDecoder()
    private var rejectedSoFar = 0

    /// What one read of a feed held.
    struct Read {
        var reports: [ObservedReport] = []
        /// Lines the decoder rejected.
        var rejected = 0
        /// Messages decoded but of a type the node does not keep (4, base station reports; 21, aids
        /// to navigation; …), counted by message type (ITU-R M.1371-5).
        var notKept: [UInt8: Int] = [:]
    }

    /// The reports in `buffer`, and what was rejected or not kept while reading it.
    mutating func reports(from buffer: ByteBuffer) -> Read {
        let receiveTime = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let received = ContinuousClock.now
        var read = Read()
        buffer.withUnsafeReadableBytes { bytes in
            decoder.feed(bytes) { decoded in
                if let report = ObservedReport(decoded, receiveTime: receiveTime, received: received) {
                    read.reports.append(report)
                } else {
                    read.notKept[decoded.message.messageType, default: 0] += 1
                }
            }
        }
        let rejected = decoder.statistics.rejected
        read.rejected = rejected - rejectedSoFar
        rejectedSoFar = rejected
        return read
    }
}
