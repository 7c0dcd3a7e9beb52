/// Types 7 and 13: binary and safety acknowledgements (ITU-R M.1371-5 Annex 8 §3.5, Table 57).
public struct Acknowledgement: AISMessageBody {
    /// Acknowledged stations: MMSI and the sequence number of the message acknowledged (1–4 entries).
    public var acknowledged: [AcknowledgedStation] = []

    public init() {}

    public static var minimumBits: Int { 72 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        let count = c.isDecoding ? min(4, max(1, (c.remaining + 16) / 32)) : acknowledged.count
        if c.isDecoding { acknowledged = Array(repeating: AcknowledgedStation(), count: count) }
        for i in 0..<count {
            c.unsigned(&acknowledged[i].mmsi, 30, "mmsi")
            c.unsigned(&acknowledged[i].sequenceNumber, 2, "sequenceNumber")
        }
    }
}

/// One station acknowledged by a type 7 or 13 message.
public struct AcknowledgedStation: Sendable, Hashable {
    public var mmsi: UInt32 = 0
    public var sequenceNumber: UInt8 = 0
    public init(mmsi: UInt32 = 0, sequenceNumber: UInt8 = 0) {
        self.mmsi = mmsi
        self.sequenceNumber = sequenceNumber
    }
}

/// Type 10: UTC and date inquiry (ITU-R M.1371-5 Annex 8 §3.9, Table 62).
public struct DateInquiry: AISMessageBody {
    /// MMSI of the station asked.
    public var destinationMMSI: UInt32 = 0

    public init() {}

    public static var minimumBits: Int { 70 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.unsigned(&destinationMMSI, 30, "destinationMMSI")
        c.trailingSpare(2)
    }
}

/// Type 12: addressed safety related message (ITU-R M.1371-5 Annex 8 §3.10, Table 63).
public struct AddressedSafetyMessage: AISMessageBody {
    public var sequenceNumber: UInt8 = 0
    public var destinationMMSI: UInt32 = 0
    public var retransmitted = false
    /// Safety related text, up to 156 six-bit characters.
    public var text = ""

    public init() {}

    public static var minimumBits: Int { 72 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&sequenceNumber, 2, "sequenceNumber")
        c.unsigned(&destinationMMSI, 30, "destinationMMSI")
        c.flag(&retransmitted, "retransmitted")
        c.spare(1)
        c.trailingText(&text, "text")
    }
}

/// Type 14: safety related broadcast message (ITU-R M.1371-5 Annex 8 §3.12, Table 66).
public struct BroadcastSafetyMessage: AISMessageBody {
    /// Safety related text, up to 161 six-bit characters.
    public var text = ""

    public init() {}

    public static var minimumBits: Int { 40 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.trailingText(&text, "text")
    }
}

/// Type 15: interrogation (ITU-R M.1371-5 Annex 8 §3.13, Table 67).
public struct Interrogation: AISMessageBody {
    public var interrogatedMMSI1: UInt32 = 0
    public var requestedType1_1: UInt8 = 0
    public var slotOffset1_1: UInt16 = 0
    public var requestedType1_2: UInt8 = 0
    public var slotOffset1_2: UInt16 = 0
    public var interrogatedMMSI2: UInt32 = 0
    public var requestedType2_1: UInt8 = 0
    public var slotOffset2_1: UInt16 = 0

    public init() {}

    public static var minimumBits: Int { 88 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.unsigned(&interrogatedMMSI1, 30, "interrogatedMMSI1")
        c.unsigned(&requestedType1_1, 6, "requestedType1_1")
        c.unsigned(&slotOffset1_1, 12, "slotOffset1_1")
        c.spare(2)
        c.unsigned(&requestedType1_2, 6, "requestedType1_2")
        c.unsigned(&slotOffset1_2, 12, "slotOffset1_2")
        c.spare(2)
        c.unsigned(&interrogatedMMSI2, 30, "interrogatedMMSI2")
        c.unsigned(&requestedType2_1, 6, "requestedType2_1")
        c.unsigned(&slotOffset2_1, 12, "slotOffset2_1")
        c.trailingSpare(2)
    }
}

/// Type 16: assignment mode command (ITU-R M.1371-5 Annex 8 §3.14, Table 68).
public struct AssignmentModeCommand: AISMessageBody {
    public var destinationMMSIA: UInt32 = 0
    public var offsetA: UInt16 = 0
    public var incrementA: UInt16 = 0
    public var destinationMMSIB: UInt32 = 0
    public var offsetB: UInt16 = 0
    public var incrementB: UInt16 = 0

    public init() {}

    public static var minimumBits: Int { 92 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.unsigned(&destinationMMSIA, 30, "destinationMMSIA")
        c.unsigned(&offsetA, 12, "offsetA")
        c.unsigned(&incrementA, 10, "incrementA")
        if !c.isDecoding || c.remaining >= 52 {
            c.unsigned(&destinationMMSIB, 30, "destinationMMSIB")
            c.unsigned(&offsetB, 12, "offsetB")
            c.unsigned(&incrementB, 10, "incrementB")
        } else {
            c.trailingSpare(4)
        }
    }
}
