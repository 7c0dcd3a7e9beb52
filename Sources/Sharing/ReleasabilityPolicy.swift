/// The one decision every read path takes (list, detail, search, live stream, export,
/// federation): default deny; a reader sees a thing iff their organisation owns it, or its
/// `releasableTo` names their organisation, their organisation's nation, or a sharing group that
/// holds their organisation. TLP does not widen or narrow who may read; it says what a reader may
/// do with it afterwards.
public enum ReleasabilityPolicy {
    public static func canRead(_ reader: Reader, _ labels: Labels) -> Bool {
        if labels.owner == reader.organisation { return true }
        for entry in labels.releasableTo {
            if entry == reader.organisation || reader.groups.contains(entry) { return true }
            if let nation = reader.nation, entry == nation { return true }
        }
        return false
    }

    /// Whether a node may pass a thing it holds but does not own on to `peer`. Stricter than
    /// ``canRead(_:_:)``: the peer must be allowed by the owner's own labels (a node never widens
    /// releasability), and TLP:RED and TLP:AMBER+STRICT go only from the owner's node.
    public static func mayForward(_ labels: Labels, to peer: Reader, fromOwner: Bool) -> Bool {
        guard canRead(peer, labels) else { return false }
        return fromOwner || labels.tlp.allowsOnwardSharing || labels.owner == peer.organisation
    }
}
