/// Type 6: addressed binary message (ITU-R M.1371-5 Annex 8 §3.4, Table 55).
public struct AddressedBinaryMessage: AISMessageBody {
    /// Sequence number 0–3.
    public var sequenceNumber: UInt8 = 0
    /// MMSI of the destination station.
    public var destinationMMSI: UInt32 = 0
    /// True when the message is a retransmission.
    public var retransmitted = false
    /// Designated area code (DAC); 1 is international (IMO), others are regional.
    public var designatedAreaCode: UInt16 = 0
    /// Function identifier (FI) within the DAC.
    public var functionIdentifier: UInt8 = 0
    /// The application data after DAC and FI, as raw bits.
    public var data = AISBits()

    public init() {}

    public static var minimumBits: Int { 88 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&sequenceNumber, 2, "sequenceNumber")
        c.unsigned(&destinationMMSI, 30, "destinationMMSI")
        c.flag(&retransmitted, "retransmitted")
        c.spare(1)
        c.unsigned(&designatedAreaCode, 10, "designatedAreaCode")
        c.unsigned(&functionIdentifier, 6, "functionIdentifier")
        c.trailingData(&data, "data")
    }
}

/// Type 8: binary broadcast message (ITU-R M.1371-5 Annex 8 §3.6, Table 58).
public struct BroadcastBinaryMessage: AISMessageBody {
    /// Designated area code (DAC).
    public var designatedAreaCode: UInt16 = 0
    /// Function identifier (FI).
    public var functionIdentifier: UInt8 = 0
    /// The application data after DAC and FI, as raw bits.
    public var data = AISBits()

    public init() {}

    public static var minimumBits: Int { 56 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.unsigned(&designatedAreaCode, 10, "designatedAreaCode")
        c.unsigned(&functionIdentifier, 6, "functionIdentifier")
        c.trailingData(&data, "data")
    }
}

/// Types 25 and 26: single-slot and multiple-slot binary messages (M.1371-5 Annex 8 §3.23–3.24).
/// Type 26 ends with a 20-bit communication state, which type 25 does not have.
public struct SlotBinaryMessage: AISMessageBody {
    /// True when addressed to ``destinationMMSI``; false for a broadcast.
    public var addressed = false
    /// True when the data begins with a 16-bit application identifier.
    public var structured = false
    /// MMSI of the destination when addressed.
    public var destinationMMSI: UInt32 = 0
    /// Application identifier (DAC 10 bits + FI 6 bits) when structured.
    public var applicationID: UInt16 = 0
    /// The binary data, as raw bits.
    public var data = AISBits()
    /// Communication state (type 26 only): selector bit and 19 bits of SOTDMA/ITDMA state.
    public var radioStatus: UInt32 = 0
    /// True for type 26, which carries ``radioStatus``.
    public var multipleSlot = false

    public init() {}

    public static var minimumBits: Int { 40 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.flag(&addressed, "addressed")
        c.flag(&structured, "structured")
        if addressed {
            c.unsigned(&destinationMMSI, 30, "destinationMMSI")
            c.spare(2)
        }
        if structured { c.unsigned(&applicationID, 16, "applicationID") }
        c.trailingData(&data, reservingTrailing: multipleSlot ? 20 : 0, "data")
        if multipleSlot { c.unsigned(&radioStatus, 20, "radioStatus") }
    }
}
