import Foundation

/// Makes many files at once, for jobs whose files come cheaper together than one by one.
public protocol OutputBatch: AnyObject, Sendable {
    /// Called once before the phase's jobs run, with the paths of the jobs that must be made;
    /// `folder` holds the new output as far as earlier phases wrote it.
    func prepare(_ paths: [String], reading folder: URL) throws
}
