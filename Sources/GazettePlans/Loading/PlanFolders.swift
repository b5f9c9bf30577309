import Foundation
import GazetteContent

/// One `plans/<roc-year>/<agency-slug>/` folder that holds the two files of a plan.
struct PlanFolder: Sendable {
    var url: URL
    var displayPath: String
    var rocYear: Int
    var agency: String
}

/// Walks `plans/`: year folders, agency folders, and the two files of each plan. Anything else
/// there is reported, so that a misplaced file is noticed rather than silently unpublished.
struct PlanFolders {
    static let planFiles = ["plan.yml", "summary.md"]

    let contentRoot: URL
    let displayRoot: String
    let site: SiteSettings

    func scan() -> (plans: [PlanFolder], diagnostics: [Diagnostic]) {
        let root = contentRoot.appendingPathComponent("plans")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { return ([], []) }
        guard isDirectory.boolValue else {
            return ([], [Diagnostic(.notAFolder, at: location("plans"))])
        }
        var plans: [PlanFolder] = []
        var diagnostics: [Diagnostic] = []
        for (year, yearIsFolder) in entries(of: root) {
            let yearPath = "plans/\(year)"
            guard yearIsFolder else {
                diagnostics.append(Diagnostic(.unexpectedFile(yearPath), at: location(yearPath)))
                continue
            }
            guard let rocYear = Self.rocYear(year) else {
                diagnostics.append(Diagnostic(.invalidYearFolder(year), at: location(yearPath)))
                continue
            }
            for (agency, agencyIsFolder) in entries(of: root.appendingPathComponent(year)) {
                let agencyPath = "\(yearPath)/\(agency)"
                guard agencyIsFolder else {
                    diagnostics.append(Diagnostic(.unexpectedFile(agencyPath), at: location(agencyPath)))
                    continue
                }
                guard site.agency(agency) != nil else {
                    diagnostics.append(Diagnostic(.unknownAgency(agency, valid: site.agencies.map(\.slug)), at: location(agencyPath)))
                    continue
                }
                let folder = root.appendingPathComponent(year).appendingPathComponent(agency)
                let found = entries(of: folder)
                var complete = true
                for file in Self.planFiles where !found.contains(where: { $0.name == file && !$0.isFolder }) {
                    diagnostics.append(Diagnostic(.missingFile("\(agencyPath)/\(file)"), at: location(agencyPath)))
                    complete = false
                }
                for entry in found where entry.isFolder || !Self.planFiles.contains(entry.name) {
                    diagnostics.append(Diagnostic(.unexpectedFile(entry.name), at: location("\(agencyPath)/\(entry.name)")))
                }
                if complete {
                    plans.append(PlanFolder(url: folder, displayPath: display(agencyPath), rocYear: rocYear, agency: agency))
                }
            }
        }
        return (plans, diagnostics)
    }

    /// ASCII digits without a leading zero.
    static func rocYear(_ name: String) -> Int? {
        guard let first = name.utf8.first, (49...57).contains(first), name.utf8.count <= 4,
              name.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(name)
    }

    private func display(_ relative: String) -> String {
        ContentLoader(root: contentRoot, displayRoot: displayRoot).displayPath(relative)
    }

    private func location(_ relative: String) -> SourceLocation {
        SourceLocation(path: display(relative))
    }

    /// Sorted, without hidden files, so every run reports in the same order.
    private func entries(of folder: URL) -> [(name: String, isFolder: Bool)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return (name, exists && isDirectory.boolValue)
        }
    }
}
