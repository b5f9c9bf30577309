import GazetteContent
import Yams

extension FieldReader {
    mutating func report(_ problem: PlanProblem, at location: SourceLocation) {
        report(.custom(problem.message), at: location)
    }

    /// A quoted figure, exactly as published; `nil` (with a report unless simply absent) otherwise.
    mutating func amount(_ key: String, required: Bool, in container: String) -> Int? {
        guard let value = node(key) else {
            if required { report(.missingField(key, in: container), at: location) }
            return nil
        }
        let at = location(of: key)
        guard case .scalar(let scalar) = value, scalar.style != .literal, scalar.style != .folded else {
            report(.amountNotText, at: at)
            return nil
        }
        if scalar.style == .plain {
            report(scalar.string.isEmpty ? .amountEmpty : .amountNotQuoted(scalar.string), at: at)
            return nil
        }
        switch AmountText.parse(scalar.string) {
        case .success(let amount):
            return amount
        case .failure(let problem):
            report(problem, at: at)
            return nil
        }
    }

    /// A quoted dotted code.
    mutating func code(in container: String) -> ItemCode? {
        guard let value = node("code") else {
            report(.missingField("code", in: container), at: location)
            return nil
        }
        let at = location(of: "code")
        guard case .scalar(let scalar) = value else {
            report(.wrongType(field: "code", expected: "a quoted dotted code such as \"1.1\""), at: at)
            return nil
        }
        guard scalar.style == .singleQuoted || scalar.style == .doubleQuoted else {
            report(.codeNotQuoted(scalar.string), at: at)
            return nil
        }
        guard let code = ItemCode(scalar.string) else {
            report(.invalidCode(scalar.string), at: at)
            return nil
        }
        return code
    }
}
