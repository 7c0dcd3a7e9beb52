/// One decoded AIS message of ITU-R M.1371-5: the common header and the body of its type.
public struct AISMessage: Sendable, Hashable {
    /// Message identifier, 1–27.
    public var messageType: UInt8
    /// Repeat indicator, 0–3 (how often the message was repeated; 3 means do not repeat).
    public var repeatIndicator: UInt8
    /// Maritime Mobile Service Identity of the source station (9 digits).
    public var mmsi: UInt32
    /// The fields of the message type.
    public var body: Body

    public init(messageType: UInt8, repeatIndicator: UInt8 = 0, mmsi: UInt32, body: Body) {
        self.messageType = messageType
        self.repeatIndicator = repeatIndicator
        self.mmsi = mmsi
        self.body = body
    }

    /// The message bodies, one case per layout; some layouts serve several types.
    public enum Body: Sendable, Hashable {
        /// Types 1, 2, 3.
        case positionReport(PositionReport)
        /// Types 4, 11.
        case baseStationReport(BaseStationReport)
        /// Type 5.
        case staticVoyageData(StaticVoyageData)
        /// Type 6.
        case addressedBinary(AddressedBinaryMessage)
        /// Types 7, 13.
        case acknowledgement(Acknowledgement)
        /// Type 8.
        case broadcastBinary(BroadcastBinaryMessage)
        /// Type 9.
        case sarAircraftPosition(SARAircraftPositionReport)
        /// Type 10.
        case dateInquiry(DateInquiry)
        /// Type 12.
        case addressedSafety(AddressedSafetyMessage)
        /// Type 14.
        case broadcastSafety(BroadcastSafetyMessage)
        /// Type 15.
        case interrogation(Interrogation)
        /// Type 16.
        case assignmentMode(AssignmentModeCommand)
        /// Type 17.
        case dgnssBroadcast(DGNSSBroadcast)
        /// Type 18.
        case classBPosition(ClassBPositionReport)
        /// Type 19.
        case extendedClassBPosition(ExtendedClassBPositionReport)
        /// Type 20.
        case dataLinkManagement(DataLinkManagement)
        /// Type 21.
        case aidToNavigation(AidToNavigationReport)
        /// Type 22.
        case channelManagement(ChannelManagement)
        /// Type 23.
        case groupAssignment(GroupAssignmentCommand)
        /// Type 24.
        case staticDataReport(StaticDataReport)
        /// Types 25, 26.
        case slotBinary(SlotBinaryMessage)
        /// Type 27.
        case longRangePosition(LongRangePositionReport)
    }
}

/// Why a payload could not become a message.
public enum AISPayloadError: Error, Sendable, Hashable {
    /// Message type 0 or 28–63, which ITU-R M.1371-5 does not define.
    case unknownType(UInt8)
    /// Fewer bits than the type needs.
    case tooShort(type: UInt8, bits: Int, needed: Int)
    /// A field holds a value the standard does not allow (such as type 24 part number 2 or 3).
    case invalidField(type: UInt8, field: StaticString)

    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.unknownType(let a), .unknownType(let b)): return a == b
        case (.tooShort(let a, let b, let c), .tooShort(let d, let e, let f)): return a == d && b == e && c == f
        case (.invalidField(let a, let b), .invalidField(let c, let d)): return a == c && b.description == d.description
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(String(describing: self))
    }
}

extension AISMessage {
    /// Decodes a message from its payload bits.
    ///
    /// - Throws: ``AISPayloadError`` when the type is unknown, the payload is shorter than the type
    ///   needs, or a field holds a value the standard forbids.
    public init(bits: AISBits) throws(AISPayloadError) {
        guard bits.count >= 38 else {
            throw .tooShort(
                type: UInt8(truncatingIfNeeded: bits.unsigned(at: 0, width: 6)),
                bits: bits.count,
                needed: 38
            )
        }
        let type = UInt8(truncatingIfNeeded: bits.unsigned(at: 0, width: 6))
        let repeatIndicator = UInt8(truncatingIfNeeded: bits.unsigned(at: 6, width: 2))
        let mmsi = UInt32(truncatingIfNeeded: bits.unsigned(at: 8, width: 30))
        var reader = AISBitReader(bits, position: 38)

        func read<Body: AISMessageBody>(_ body: inout Body) throws(AISPayloadError) {
            guard bits.count >= Body.minimumBits else {
                throw .tooShort(type: type, bits: bits.count, needed: Body.minimumBits)
            }
            body.code(&reader)
        }
        func decode<Body: AISMessageBody>(_: Body.Type) throws(AISPayloadError) -> Body {
            var body = Body()
            try read(&body)
            return body
        }

        let body: Body
        switch type {
        case 1, 2, 3: body = .positionReport(try decode(PositionReport.self))
        case 4, 11: body = .baseStationReport(try decode(BaseStationReport.self))
        case 5: body = .staticVoyageData(try decode(StaticVoyageData.self))
        case 6: body = .addressedBinary(try decode(AddressedBinaryMessage.self))
        case 7, 13: body = .acknowledgement(try decode(Acknowledgement.self))
        case 8: body = .broadcastBinary(try decode(BroadcastBinaryMessage.self))
        case 9: body = .sarAircraftPosition(try decode(SARAircraftPositionReport.self))
        case 10: body = .dateInquiry(try decode(DateInquiry.self))
        case 12: body = .addressedSafety(try decode(AddressedSafetyMessage.self))
        case 14: body = .broadcastSafety(try decode(BroadcastSafetyMessage.self))
        case 15: body = .interrogation(try decode(Interrogation.self))
        case 16: body = .assignmentMode(try decode(AssignmentModeCommand.self))
        case 17: body = .dgnssBroadcast(try decode(DGNSSBroadcast.self))
        case 18: body = .classBPosition(try decode(ClassBPositionReport.self))
        case 19: body = .extendedClassBPosition(try decode(ExtendedClassBPositionReport.self))
        case 20: body = .dataLinkManagement(try decode(DataLinkManagement.self))
        case 21: body = .aidToNavigation(try decode(AidToNavigationReport.self))
        case 22: body = .channelManagement(try decode(ChannelManagement.self))
        case 23: body = .groupAssignment(try decode(GroupAssignmentCommand.self))
        case 24:
            let part = bits.unsigned(at: 38, width: 2)
            guard part < 2 else { throw .invalidField(type: 24, field: "partNumber") }
            var report = StaticDataReport()
            report.auxiliaryCraft = part == 1 && mmsi / 10_000_000 == 98
            try read(&report)
            body = .staticDataReport(report)
        case 25, 26:
            var message = SlotBinaryMessage()
            message.multipleSlot = type == 26
            try read(&message)
            body = .slotBinary(message)
        case 27: body = .longRangePosition(try decode(LongRangePositionReport.self))
        default: throw .unknownType(type)
        }
        self.init(messageType: type, repeatIndicator: repeatIndicator, mmsi: mmsi, body: body)
    }

    /// Walks the body's fields with `coder`.
    public mutating func codeBody<Coder: AISFieldCoder>(_ coder: inout Coder) {
        switch body {
        case .positionReport(var b):
            b.code(&coder)
            body = .positionReport(b)
        case .baseStationReport(var b):
            b.code(&coder)
            body = .baseStationReport(b)
        case .staticVoyageData(var b):
            b.code(&coder)
            body = .staticVoyageData(b)
        case .addressedBinary(var b):
            b.code(&coder)
            body = .addressedBinary(b)
        case .acknowledgement(var b):
            b.code(&coder)
            body = .acknowledgement(b)
        case .broadcastBinary(var b):
            b.code(&coder)
            body = .broadcastBinary(b)
        case .sarAircraftPosition(var b):
            b.code(&coder)
            body = .sarAircraftPosition(b)
        case .dateInquiry(var b):
            b.code(&coder)
            body = .dateInquiry(b)
        case .addressedSafety(var b):
            b.code(&coder)
            body = .addressedSafety(b)
        case .broadcastSafety(var b):
            b.code(&coder)
            body = .broadcastSafety(b)
        case .interrogation(var b):
            b.code(&coder)
            body = .interrogation(b)
        case .assignmentMode(var b):
            b.code(&coder)
            body = .assignmentMode(b)
        case .dgnssBroadcast(var b):
            b.code(&coder)
            body = .dgnssBroadcast(b)
        case .classBPosition(var b):
            b.code(&coder)
            body = .classBPosition(b)
        case .extendedClassBPosition(var b):
            b.code(&coder)
            body = .extendedClassBPosition(b)
        case .dataLinkManagement(var b):
            b.code(&coder)
            body = .dataLinkManagement(b)
        case .aidToNavigation(var b):
            b.code(&coder)
            body = .aidToNavigation(b)
        case .channelManagement(var b):
            b.code(&coder)
            body = .channelManagement(b)
        case .groupAssignment(var b):
            b.code(&coder)
            body = .groupAssignment(b)
        case .staticDataReport(var b):
            b.code(&coder)
            body = .staticDataReport(b)
        case .slotBinary(var b):
            b.code(&coder)
            body = .slotBinary(b)
        case .longRangePosition(var b):
            b.code(&coder)
            body = .longRangePosition(b)
        }
    }

    /// The message as payload bits (the header, then the body), ready to be armoured.
    public var bits: AISBits {
        var writer = AISBitWriter()
        var header = (messageType, repeatIndicator, mmsi)
        writer.unsigned(&header.0, 6, "type")
        writer.unsigned(&header.1, 2, "repeat")
        writer.unsigned(&header.2, 30, "mmsi")
        var copy = self
        copy.codeBody(&writer)
        return writer.bits
    }
}
