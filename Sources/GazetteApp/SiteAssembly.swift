import GazetteAkomaNtoso
import GazetteExchange
import GazetteODF
import GazettePDF
import GazettePlans
import GazetteSearch
import GazetteSite

/// The one place where the parts of Gazette are put together into the builder that the
/// command line, the preview server and the tests use.
public enum SiteAssembly {
    public static func builder(options: BuildOptions) -> SiteBuilder {
        SiteBuilder(options: options,
                    sections: SiteBuilder.standardSections + ODFSections.all + AkomaNtosoSections.all + ExchangeSections.all,
                    extensions: [SearchExtension(), PlanExtension(moreSections: { [PlanDocuments(plans: $0)] })],
                    derivedSections: [PDFSection()])
    }
}
