/// What went wrong with a sharing request, with the detail a caller needs to fix it.
public enum SharingError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformedLabels(String)
    case unknownOrganisation(String)
    case unknownUser(String)
    case invalidIdentifier(String)
    case duplicate(String)

    public var description: String {
        switch self {
        case .malformedLabels(let why): "malformed labels: \(why)"
        case .unknownOrganisation(let id): "no organisation \"\(id)\""
        case .unknownUser(let name): "no user \"\(name)\""
        case .invalidIdentifier(let why): why
        case .duplicate(let what): "\(what) already exists"
        }
    }
}
