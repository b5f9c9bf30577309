/// The fonts Gazette documents ask for: Chinese text in Taiwan's own CNS 11643 faces, 全字庫正宋體
/// (TW-Sung) for text and 全字庫正楷體 (TW-Kai) for headings (Debian's fonts-cns11643-sung and
/// -kai), which draw the standard forms of Taiwan's Ministry of Education; Latin text in
/// Liberation (fonts-liberation2). Noto CJK TC is not named: its faces share one CFF table with
/// the Japanese face, whose name is the one a PDF embeds (see docs/pdf.md). Where a face is
/// missing, the reader's application falls back on the generic family and pitch declared here
/// and on the zh-TW language of the text, which picks a Traditional Chinese face (新細明體 on
/// Windows). A face names one family: LibreOffice reads only the first of a list (measured), so
/// listing alternatives would only look like a fallback.
public enum FontFaces {
    static let serif = "Liberation Serif"
    static let sans = "Liberation Sans"
    static let mono = "Liberation Mono"
    static let serifCJK = "TW-Sung"
    static let sansCJK = "TW-Kai"
    static let monoCJK = "TW-Sung"

    /// Each Latin face with the Chinese face of the same styles. LibreOffice sets symbols such
    /// as ℃, ※, ≦ and ﹝ in the Latin face, which lacks them; a PDF conversion makes it fall back
    /// on the Chinese face beside it (see GazettePDF's `FontFallback`).
    public static let pairs: [(latin: String, chinese: String)] = [(serif, serifCJK), (sans, sansCJK), (mono, monoCJK)]

    static let declarations: String = {
        let faces: [(family: String, generic: String, pitch: String)] = [
            (serif, "roman", "variable"),
            (sans, "swiss", "variable"),
            (mono, "modern", "fixed"),
            (serifCJK, "roman", "variable"),
            (sansCJK, "swiss", "variable"),
        ]
        var xml = "<office:font-face-decls>"
        for face in faces {
            xml += "<style:font-face style:name=\"\(face.family)\" svg:font-family=\"&apos;\(face.family)&apos;\""
                + " style:font-family-generic=\"\(face.generic)\" style:font-pitch=\"\(face.pitch)\"/>"
        }
        return xml + "</office:font-face-decls>"
    }()
}
