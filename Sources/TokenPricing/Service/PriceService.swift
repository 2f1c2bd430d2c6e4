import Foundation

/// Answers price requests against a model catalogue and a template catalogue: the engine
/// behind `admin-site price`, usable in process by any service.
public struct PriceService: Sendable {
    /// Where models are looked up.
    public let models: any ModelCatalog
    /// Where `templateId` requests are looked up.
    public let templates: TemplateCatalog

    /// Creates a service.
    public init(models: any ModelCatalog, templates: TemplateCatalog) {
        self.models = models
        self.templates = templates
    }

    /// The answer to one request.
    public enum Answer: Sendable, Hashable {
        /// A model call's price.
        case model(PriceQuote)
        /// A template's or workflow's cost.
        case template(TemplateCost)
    }

    /// Prices one request.
    /// - Throws: `PricingError`; never answers 0 for something it cannot price.
    public func answer(_ request: PriceRequest) throws(PricingError) -> Answer {
        let pricer = TemplatePricer(models: models)
        switch request {
        case .model(let recordId, let parameters):
            guard let model = models.pricedModel(recordId: recordId) else {
                throw PricingError(.unknownModel, message: "no model has record id '\(recordId)'", modelRecordId: recordId, keyPath: "modelRecordId")
            }
            return .model(try model.quote(parameters))
        case .catalogTemplate(let id, let inputs):
            if let t = templates.contentTemplate(id: id) { return .template(try pricer.cost(of: t, userInputs: inputs)) }
            if let w = templates.workflowTemplate(id: id) { return .template(try pricer.cost(of: w, userInputs: inputs)) }
            throw PricingError(.unknownTemplate, message: "no content or workflow template has id '\(id)'", templateId: id, keyPath: "templateId")
        case .contentTemplate(let t, let inputs):
            return .template(try pricer.cost(of: t, userInputs: inputs))
        case .workflowTemplate(let w, let inputs):
            return .template(try pricer.cost(of: w, userInputs: inputs))
        }
    }

    /// Reads newline-delimited JSON requests and writes one JSON answer per line, in order.
    /// A malformed or failing line gets an `{"error": …}` line and processing goes on.
    /// Blank lines are skipped. Returns the number of lines that failed.
    public func processLines(_ lines: some Sequence<String>, write: (String) -> Void) -> Int {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let lineNumber = index + 1
            let response: PriceResponse
            do {
                let request = try decoder.decode(PriceRequest.self, from: Data(trimmed.utf8))
                do {
                    response = PriceResponse(answer: try answer(request))
                } catch {
                    failures += 1
                    response = PriceResponse(error: error, line: lineNumber)
                }
            } catch {
                failures += 1
                response = PriceResponse(
                    error: PricingError(.malformedRequest, message: PriceResponse.describe(error)), line: lineNumber)
            }
            if let data = try? encoder.encode(response) {
                write(String(decoding: data, as: UTF8.self))
            } else {
                failures += 1
                write(#"{"error":{"kind":"malformedRequest","message":"the answer could not be encoded"}}"#)
            }
        }
        return failures
    }
}

/// One line of the NDJSON answer stream: a model price, a template cost, or an error.
struct PriceResponse: Encodable {
    var quote: PriceQuote?
    var cost: TemplateCost?
    var error: PricingError?
    var line: Int?

    init(answer: PriceService.Answer) {
        switch answer {
        case .model(let q): quote = q
        case .template(let c): cost = c
        }
    }

    init(error: PricingError, line: Int) {
        self.error = error
        self.line = line
    }

    enum CodingKeys: String, CodingKey {
        case modelRecordId, total, unrounded, lineItems
        case templateId, min, atDefaults, max, steps
        case error, line
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if let quote {
            try c.encode(quote.modelRecordId, forKey: .modelRecordId)
            try c.encode(quote.total, forKey: .total)
            try c.encode(quote.unrounded, forKey: .unrounded)
            try c.encode(quote.lineItems, forKey: .lineItems)
        }
        if let cost {
            try c.encode(cost.templateId, forKey: .templateId)
            try c.encode(cost.min, forKey: .min)
            try c.encode(cost.atDefaults, forKey: .atDefaults)
            try c.encode(cost.max, forKey: .max)
            try c.encodeIfPresent(cost.total, forKey: .total)
            try c.encode(cost.steps, forKey: .steps)
        }
        if let error {
            try c.encode(error, forKey: .error)
            try c.encodeIfPresent(line, forKey: .line)
        }
    }

    /// A decoding error in words, with its key path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty, let underlying = ctx.underlyingError { return "not valid JSON: \(underlying.localizedDescription)" }
            return (ctx.codingPath.isEmpty ? "" : "\(path(ctx.codingPath)): ") + ctx.debugDescription
        case .keyNotFound(let key, let ctx):
            return "\(path(ctx.codingPath + [key])): missing required key"
        case .typeMismatch(let type, let ctx):
            return "\(path(ctx.codingPath)): expected \(type), \(ctx.debugDescription)"
        case .valueNotFound(let type, let ctx):
            return "\(path(ctx.codingPath)): expected \(type), found null"
        @unknown default:
            return "\(error)"
        }
    }
}
