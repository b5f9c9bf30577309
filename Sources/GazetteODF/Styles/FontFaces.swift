/// The fonts Gazette documents ask for: Chinese text in the Noto CJK TC families (Debian's
/// fonts-noto-cjk, free for every desktop), Latin text in Liberation (LibreOffice's own).
/// Where a face is missing, the reader's application falls back on the generic family and
/// pitch declared here and on the zh-TW language of the text, which picks a Traditional
/// Chinese face (新細明體 on Windows). A face names one family: LibreOffice reads only the first
/// of a list (measured), so listing alternatives would only look like a fallback.
enum FontFaces {
    static let serif = "Liberation Serif"
    static let sans = "Liberation Sans"
    static let mono = "Liberation Mono"
    static let serifCJK = "Noto Serif CJK TC"
    static let sansCJK = "Noto Sans CJK TC"
    static let monoCJK = "Noto Sans Mono CJK TC"

    static let declarations: String = {
        let faces: [(family: String, generic: String, pitch: String)] = [
            (serif, "roman", "variable"),
            (sans, "swiss", "variable"),
            (mono, "modern", "fixed"),
            (serifCJK, "roman", "variable"),
            (sansCJK, "swiss", "variable"),
            (monoCJK, "modern", "fixed"),
        ]
        var xml = "<office:font-face-decls>"
        for face in faces {
            xml += "<style:font-face style:name=\"\(face.family)\" svg:font-family=\"&apos;\(face.family)&apos;\""
                + " style:font-family-generic=\"\(face.generic)\" style:font-pitch=\"\(face.pitch)\"/>"
        }
        return xml + "</office:font-face-decls>"
    }()
}
