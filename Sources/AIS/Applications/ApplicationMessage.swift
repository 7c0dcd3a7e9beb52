/// The decoded content of a type 6 or type 8 binary message whose designated area code (DAC) and
/// function identifier (FI) name an application Kizuna knows: the IMO international applications
/// (IMO SN.1/Circ.236 and SN.1/Circ.289, DAC 1) and the regional ones that gpsd 3.22 also decodes
/// (the Inland AIS messages of DAC 200, the GLA AtoN monitoring message of DAC 235/250).
///
/// Bit offsets in the structs' documentation count from the start of the application data, right
/// after the 16 bits of DAC and FI.
public enum ApplicationMessage: Sendable, Hashable {
    /// DAC 1 FI 12 (type 6): dangerous cargo indication, IMO SN.1/Circ.236 Annex 2 §3.
    case dangerousCargo(DangerousCargoIndication)
    /// DAC 1 FI 14 (type 6, IMO 236) or FI 32 (type 6, IMO 289): tidal window.
    case tidalWindow(TidalWindow)
    /// DAC 1 FI 18 (type 6): clearance time to enter port, IMO SN.1/Circ.289 §2.
    case clearanceTime(ClearanceTimeToEnterPort)
    /// DAC 1 FI 30 (type 6) or FI 29 (type 8): text description, IMO SN.1/Circ.289 §12.
    case textDescription(TextDescription)
    /// DAC 1 FI 11 (type 8): meteorological and hydrological data, IMO SN.1/Circ.236 Annex 2 §1.
    case meteorologicalHydrological(MeteorologicalHydrologicalData)
    /// DAC 1 FI 31 (type 8): meteorological and hydrological data, IMO SN.1/Circ.289 §6.
    case meteorologicalHydrological289(MeteorologicalHydrologicalData289)
    /// DAC 200 FI 10 (type 8): Inland AIS ship static and voyage related data.
    case inlandShipData(InlandShipStaticData)
    /// DAC 200 FI 55 (type 6): Inland AIS number of persons on board.
    case inlandPersonsOnBoard(InlandPersonsOnBoard)
    /// DAC 235 or 250 FI 10 (type 6): GLA aid-to-navigation monitoring data.
    case atonMonitoring(AtoNMonitoringData)
    /// DAC 1 FI 25 (type 6): dangerous cargo indication, IMO SN.1/Circ.289 §7.
    case dangerousCargo289(DangerousCargoIndication289)
    /// DAC 1 FI 27 (type 8) or FI 28 (type 6): route information, IMO SN.1/Circ.289 §10.
    case routeInformation(RouteInformation)
    /// DAC 1 FI 13 (type 8): fairway closed, IMO SN.1/Circ.236 Annex 2 §2.
    case fairwayClosed(FairwayClosed)
    /// DAC 1 FI 15 (type 8): air draught, IMO SN.1/Circ.236 Annex 2 §4.
    case airDraught(AirDraught)
    /// DAC 200 FI 24 (type 8): Inland AIS water levels.
    case inlandWaterLevels(InlandWaterLevels)
    /// DAC 200 FI 40 (type 8): Inland AIS signal status.
    case inlandSignalStatus(InlandSignalStatus)

    /// Decodes the application data of a type 6 message, or nil when the DAC/FI pair is not one Kizuna
    /// decodes or the data has a length the application does not allow.
    public static func addressed(dac: UInt16, fi: UInt8, data: AISBits) -> ApplicationMessage? {
        switch (dac, fi) {
        case (1, 12): return .dangerousCargo(DangerousCargoIndication(data))
        case (1, 14): return .tidalWindow(TidalWindow(data, circular: 236))
        case (1, 18): return .clearanceTime(ClearanceTimeToEnterPort(data))
        case (1, 25): return .dangerousCargo289(DangerousCargoIndication289(data))
        case (1, 28): return .routeInformation(RouteInformation(data))
        case (1, 30): return .textDescription(TextDescription(data, maximumCharacters: 153))
        case (1, 32): return .tidalWindow(TidalWindow(data, circular: 289))
        case (200, 55):
            guard data.count == 80 else { return nil }
            return .inlandPersonsOnBoard(InlandPersonsOnBoard(data))
        case (235, 10), (250, 10):
            guard data.count == 48 else { return nil }
            return .atonMonitoring(AtoNMonitoringData(data))
        default: return nil
        }
    }

    /// Decodes the application data of a type 8 message, or nil when the DAC/FI pair is not one Kizuna
    /// decodes or the data does not fit the application.
    public static func broadcast(dac: UInt16, fi: UInt8, data: AISBits) -> ApplicationMessage? {
        switch (dac, fi) {
        case (1, 11): return .meteorologicalHydrological(MeteorologicalHydrologicalData(data))
        case (1, 13): return .fairwayClosed(FairwayClosed(data))
        case (1, 15): return .airDraught(AirDraught(data))
        case (1, 27): return .routeInformation(RouteInformation(data))
        case (1, 29): return .textDescription(TextDescription(data, maximumCharacters: 161))
        case (1, 31): return .meteorologicalHydrological289(MeteorologicalHydrologicalData289(data))
        case (200, 24):
            guard data.count == 112 else { return nil }
            return .inlandWaterLevels(InlandWaterLevels(data))
        case (200, 40):
            guard data.count == 112 else { return nil }
            return .inlandSignalStatus(InlandSignalStatus(data))
        case (200, 10):
            guard data.count == 112 else { return nil }
            let ship = InlandShipStaticData(data)
            // a hazard code past "unknown" means the data is not this application
            guard ship.hazard <= 5 else { return nil }
            return .inlandShipData(ship)
        default: return nil
        }
    }
}

extension AddressedBinaryMessage {
    /// The application data decoded from ``designatedAreaCode``, ``functionIdentifier`` and ``data``,
    /// or nil when Kizuna does not know the application.
    public var application: ApplicationMessage? {
        ApplicationMessage.addressed(dac: designatedAreaCode, fi: functionIdentifier, data: data)
    }
}

extension BroadcastBinaryMessage {
    /// The application data decoded from ``designatedAreaCode``, ``functionIdentifier`` and ``data``,
    /// or nil when Kizuna does not know the application.
    public var application: ApplicationMessage? {
        ApplicationMessage.broadcast(dac: designatedAreaCode, fi: functionIdentifier, data: data)
    }
}

extension AISBits {
    /// Unsigned field of application data as an `Int`.
    @inline(__always)
    func field(_ offset: Int, _ width: Int) -> Int { Int(unsigned(at: offset, width: width)) }

    /// Two's-complement field of application data as an `Int`.
    @inline(__always)
    func signedField(_ offset: Int, _ width: Int) -> Int { Int(signed(at: offset, width: width)) }

    /// Six-bit text of at most `characters` characters, cut at the first `@` and stripped of
    /// trailing spaces (ITU-R M.1371-5 Table 47).
    func text(_ offset: Int, characters: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters)
        for i in 0..<max(0, characters) {
            let value = UInt8(truncatingIfNeeded: unsigned(at: offset + 6 * i, width: 6))
            if value == 0 { break }
            bytes.append(SixBit.textCharacter(value))
        }
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
