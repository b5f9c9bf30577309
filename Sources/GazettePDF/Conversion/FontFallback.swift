import Foundation
import GazetteODF

/// The fontconfig configuration LibreOffice converts with. LibreOffice sets symbols such as ℃,
/// ※, ≦, ‧ and ﹝ in a paragraph's Latin face; Liberation lacks them, and fontconfig's choice of
/// a face that has them was Noto Serif CJK, which embeds under its Japanese name (measured: 47
/// of the 1,768 PDFs of the EY corpus). Here each Latin face falls back on the Chinese face of
/// the same styles, and the Noto CJK collections are not offered at all: whatever LibreOffice
/// embeds is a Taiwan face or a Latin one.
enum FontFallback {
    static let configuration: String = {
        let system = ProcessInfo.processInfo.environment["FONTCONFIG_FILE"] ?? "/etc/fonts/fonts.conf"
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n<fontconfig>\n"
        xml += "  <include ignore_missing=\"yes\">\(escaped(system))</include>\n"
        xml += "  <selectfont><rejectfont><glob>*/Noto*CJK*</glob></rejectfont></selectfont>\n"
        for pair in FontFaces.pairs {
            xml += "  <match target=\"pattern\"><test name=\"family\"><string>\(escaped(pair.latin))</string></test>"
                + "<edit name=\"family\" mode=\"append\" binding=\"strong\"><string>\(escaped(pair.chinese))</string></edit></match>\n"
        }
        return xml + "</fontconfig>\n"
    }()

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
