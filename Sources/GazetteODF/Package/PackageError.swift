import Foundation

/// Why an OpenDocument package could not be assembled.
enum PackageError: Error, Sendable, LocalizedError, CustomStringConvertible {
    case cannotCreateArchive(String)
    case cannotAddEntry(path: String, String)

    var description: String {
        switch self {
        case .cannotCreateArchive(let reason):
            return "could not start an OpenDocument package in memory: \(reason)"
        case .cannotAddEntry(let path, let reason):
            return "could not add '\(path)' to an OpenDocument package: \(reason)"
        }
    }

    var errorDescription: String? { description }
}
