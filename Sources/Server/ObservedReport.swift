import AIS
import Picture
import Store

/// What one AIS message tells the node, in the store's terms, with when it arrived.
public struct ObservedReport: Sendable {
    /// The vessel fields the message carries (position fields only for position reports).
    public var vessel: StoredVessel
    /// The history point, for messages that carry a valid position.
    public var position: StoredPosition?
    /// When the node received the message, on the monotonic clock, to measure delays.
    public var received: ContinuousClock.Instant
    /// The message itself, for the detectors.
    public var message: AISMessage
    /// The message time: tag-block time, else receive time; milliseconds since 1970 UTC.
    public var time: Int64

    /// Reads the fields the node keeps from a decoded message; nil for message types it does not use.
    ///
    /// - Parameters:
    ///   - receiveTime: milliseconds since 1970 UTC, used when the sentence had no tag-block time.
    public init?(_ decoded: DecodedMessage, receiveTime: Int64, received: ContinuousClock.Instant = .now) {
        let mmsi = decoded.message.mmsi
        let time = decoded.time ?? receiveTime
        var vessel = StoredVessel(mmsi: mmsi, flag: MaritimeIdentification.flag(of: mmsi))
        switch decoded.message.body {
        case .positionReport(let r):
            vessel.setPosition(r.latitude, r.longitude, r.speedOverGround, r.courseOverGround, r.trueHeading, time)
        case .classBPosition(let r):
            vessel.setPosition(r.latitude, r.longitude, r.speedOverGround, r.courseOverGround, r.trueHeading, time)
        case .extendedClassBPosition(let r):
            vessel.setPosition(r.latitude, r.longitude, r.speedOverGround, r.courseOverGround, r.trueHeading, time)
            vessel.name = Self.clean(r.shipName)
            vessel.shipType = r.shipType == 0 ? nil : Int(r.shipType)
        case .staticVoyageData(let r):
            vessel.name = Self.clean(r.shipName)
            vessel.callSign = Self.clean(r.callSign)
            vessel.imo = r.imoNumber == 0 ? nil : r.imoNumber
            vessel.shipType = r.shipType == 0 ? nil : Int(r.shipType)
            vessel.destination = Self.clean(r.destination)
        case .staticDataReport(let r):
            if r.partNumber == 0 {
                vessel.name = Self.clean(r.shipName)
            } else {
                vessel.shipType = r.shipType == 0 ? nil : Int(r.shipType)
                vessel.callSign = Self.clean(r.callSign)
            }
        default:
            return nil
        }
        self.vessel = vessel
        self.received = received
        self.message = decoded.message
        self.time = time
        if let lat = vessel.latitude, let lon = vessel.longitude {
            position = StoredPosition(
                mmsi: mmsi,
                time: time,
                latitude: lat,
                longitude: lon,
                speed: vessel.speed,
                course: vessel.course,
                heading: vessel.heading
            )
        } else {
            position = nil
        }
    }

    /// Removes the `@` padding and spaces of AIS text fields; nil when nothing is left.
    static func clean(_ text: String) -> String? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == "@" || text[text.index(before: end)] == " " {
            end = text.index(before: end)
        }
        let trimmed = text[..<end].drop { $0 == " " }
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}

extension StoredVessel {
    /// Sets the position fields; a report whose latitude or longitude is unavailable sets none.
    fileprivate mutating func setPosition(
        _ lat: Double?,
        _ lon: Double?,
        _ sog: Double?,
        _ cog: Double?,
        _ heading: UInt16?,
        _ time: Int64
    ) {
        guard let lat, let lon, abs(lat) <= 90, abs(lon) <= 180 else { return }
        latitude = lat
        longitude = lon
        speed = sog
        course = cog
        self.heading = heading.map(Int.init)
        self.time = time
    }
}
