import GazetteSite

/// `datapackage.json`: the budget lines described as a Fiscal Data Package: the `model` of
/// measures and dimensions that the fiscal-data-package profile defines, with the administrative
/// classification agency › 類 › 項 as a hierarchy of attributes. That profile extends the tabular
/// one and requires `profile` to read `tabular-data-package`; `model` is what makes it fiscal.
public struct FiscalDataPackage: Sendable {
    public static let fileName = "datapackage.json"

    public let plan: Plan
    public let agencyName: String
    /// The plan page's absolute URL.
    public let homepage: String
    /// The site's licence page, which declares the licence of its open data.
    public let licensePage: String

    public init(plan: Plan, agencyName: String, homepage: String, licensePage: String) {
        self.plan = plan
        self.agencyName = agencyName
        self.homepage = homepage
        self.licensePage = licensePage
    }

    public var json: String { descriptor.serialized + "\n" }

    public var descriptor: JSONValue {
        .object([
            ("profile", .string("tabular-data-package")),
            ("name", .string("policy-plan-\(plan.rocYear)-\(plan.agency)-budget")),
            ("title", .string(plan.crosswalkTitle)),
            ("description", .string("\(plan.title)：預算來源及金額（\(plan.crosswalk.budgetSource)），單位\(plan.unit.rawValue)；"
                + "每列為對照表中不再細分的一項，各列金額合計等於合計 \(Thousands.format(plan.crosswalk.total)) \(plan.unit.rawValue)。")),
            ("homepage", .string(homepage)),
            ("licenses", .array([.object([("title", .string(OpenDataWords.licence)), ("path", .string(licensePage))])])),
            ("countryCode", .string("TW")),
            ("fiscalPeriod", .object([("start", .string("\(plan.year)-01-01")), ("end", .string("\(plan.year)-12-31"))])),
            ("granularity", .string("aggregated")),
            ("resources", .array([resource])),
            ("model", model),
        ])
    }

    private var resource: JSONValue {
        let integers: Set = ["year", "roc_year", "amount"]
        let fields = BudgetLines.header.map { name -> JSONValue in
            .object([("name", .string(name)), ("type", .string(integers.contains(name) ? "integer" : "string"))])
        }
        return .object([
            ("profile", .string("tabular-data-resource")),
            ("name", .string("budget")),
            ("path", .string(BudgetLines.fileName)),
            ("format", .string("csv")),
            ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")),
            ("schema", .object([("fields", .array(fields))])),
        ])
    }

    private var model: JSONValue {
        .object([
            ("measures", .object([
                ("amount", .object([
                    ("source", .string("amount")),
                    ("currency", .string(plan.currency)),
                    ("factor", .number(plan.unit.factor)),
                    ("direction", .string("expenditure")),
                ])),
            ])),
            ("dimensions", .object([
                ("administrative_classification", .object([
                    ("dimensionType", .string("classification")),
                    ("classificationType", .string("administrative")),
                    ("attributes", .object([
                        ("agency_code", .object([("source", .string("agency_code"))])),
                        ("agency_name", .object([("source", .string("agency_name")), ("labelfor", .string("agency_code"))])),
                        ("category_code", .object([("source", .string("category_code")), ("parent", .string("agency_code"))])),
                        ("category_name", .object([("source", .string("category_name")), ("labelfor", .string("category_code"))])),
                        ("item_code", .object([("source", .string("item_code")), ("parent", .string("category_code"))])),
                        ("item_name", .object([("source", .string("item_name")), ("labelfor", .string("item_code"))])),
                    ])),
                    ("primaryKey", .array([.string("agency_code"), .string("category_code"), .string("item_code")])),
                ])),
                ("fiscal_year", .object([
                    ("dimensionType", .string("datetime")),
                    ("attributes", .object([("year", .object([("source", .string("year"))]))])),
                    ("primaryKey", .string("year")),
                ])),
            ])),
        ])
    }
}
