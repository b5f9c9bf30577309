import GazetteContent
import GazetteSite

/// `pdf: true` in site.yml: a PDF beside every ODF text document (each notice, issue and
/// plan), converted from it and linked from the same page with the same title.
public struct PDFSection: DerivedSection {
    public init() {}

    public func jobs(derivedFrom jobs: [OutputJob], for site: SiteContext) -> [OutputJob] {
        guard site.site.makesPDF else { return [] }
        let documents = jobs.compactMap { job -> (odf: String, pdf: String, linked: LinkedDocument)? in
            guard job.path.hasSuffix(".odt"), let linked = job.document else { return nil }
            return (job.path, String(job.path.dropLast(4)) + ".pdf", linked)
        }
        let conversion = PDFConversion(sources: Dictionary(uniqueKeysWithValues: documents.map { ($0.pdf, $0.odf) }))
        return documents.map { document in
            let file = String(document.pdf.split(separator: "/").last ?? "")
            let linked = document.linked
            return OutputJob(path: document.pdf, phase: .conversions, key: { Self.key }, source: document.odf, batch: conversion,
                             finished: { byteCount in
                site.documents.register(DocumentRegistry.Document(
                    title: linked.title, url: site.urls.link(linked.page, file: file), format: FileFormat.forExtension("pdf"),
                    byteCount: byteCount), forPage: outputPath(linked.page))
            }) {
                .data(try conversion.pdf(for: document.pdf))
            }
        }
    }

    /// With the ODF's fingerprint, which the build adds, everything a PDF is made from: the
    /// binary (its pinning) and LibreOffice's settings. Templates and site.yml reach a PDF only
    /// through its ODF, so a change there converts only the documents it changed.
    private static let key: UInt64 = {
        var hasher = FingerprintHasher()
        hasher.combine(ExecutableIdentity.current)
        hasher.combine(PDFExportSettings.filter)
        return hasher.value
    }()
}
