import TokenPricing

/// One stream's state: the service plus what repeats from line to line, computed once.
///
/// Re-pricing a month of generations is millions of lines over a few dozen models and
/// templates, so the session keeps each model looked up and each catalogue template
/// prepared (rules checked, step prices tabulated), and answers a `templateId` line from
/// the prepared template. Not thread-safe: one session per stream.
final class PriceSession {
    let service: PriceService
    private var models: [String: PricedModel] = [:]
    private var prepared: [String: Result<PreparedTemplate, PricingError>] = [:]
    /// The answer to `{"templateId": id}` with no inputs (an estimate), the same every time.
    private var estimates: [String: TemplateCost] = [:]
    /// Catalogue ids used by more than one template (`admin-site check` rejects them).
    private lazy var duplicateIds: Set<String> = {
        var seen = Set<String>(), duplicates = Set<String>()
        for id in service.templates.contentTemplates.map(\.id) + service.templates.workflowTemplates.map(\.id) where !seen.insert(id).inserted {
            duplicates.insert(id)
        }
        return duplicates
    }()

    init(_ service: PriceService) {
        self.service = service
    }

    private func model(_ recordId: String) -> PricedModel? {
        if let m = models[recordId] { return m }
        guard let m = service.models.pricedModel(recordId: recordId) else { return nil }
        models[recordId] = m
        return m
    }

    private func preparedTemplate(_ id: String) throws(PricingError) -> PreparedTemplate {
        if let cached = prepared[id] { return try cached.get() }
        let result: Result<PreparedTemplate, PricingError>
        do throws(PricingError) {
            if duplicateIds.contains(id) {
                throw PricingError(
                    .invalidTemplate,
                    message: "the catalogue has several templates with id '\(id)'; template ids must be unique (rule duplicate-template-id)",
                    templateId: id, keyPath: "templateId")
            }
            let pricer = TemplatePricer(models: service.models)
            if let t = service.templates.contentTemplate(id: id) {
                result = .success(try pricer.prepare(t))
            } else if let w = service.templates.workflowTemplate(id: id) {
                result = .success(try pricer.prepare(w))
            } else {
                throw PricingError(.unknownTemplate, message: "no content or workflow template has id '\(id)'", templateId: id, keyPath: "templateId")
            }
        } catch {
            result = .failure(error)
        }
        prepared[id] = result
        return try result.get()
    }

    /// Prices one request.
    func answer(_ request: PriceRequest) throws(PricingError) -> PriceService.Answer {
        switch request {
        case .model(let recordId, let parameters, let usage):
            guard let model = model(recordId) else {
                throw PricingError(.unknownModel, message: "no model has record id '\(recordId)'", modelRecordId: recordId, keyPath: "modelRecordId")
            }
            return .model(try model.quote(parameters, usage: usage))
        case .catalogTemplate(let id, let inputs):
            if inputs.isEmpty {
                if let cost = estimates[id] { return .template(cost) }
                let cost = try preparedTemplate(id).cost(userInputs: [:])
                estimates[id] = cost
                return .template(cost)
            }
            return .template(try preparedTemplate(id).cost(userInputs: inputs))
        case .contentTemplate(let t, let inputs):
            return .template(try TemplatePricer(models: service.models).cost(of: t, userInputs: inputs))
        case .workflowTemplate(let w, let inputs):
            return .template(try TemplatePricer(models: service.models).cost(of: w, userInputs: inputs))
        }
    }

    /// Writes the answer to one line (without its newline) and returns whether it failed.
    func respond(to line: UnsafeBufferPointer<UInt8>, number: Int, into out: inout AnswerWriter) -> Bool {
        // Trim JSON white space (a CRLF file leaves a \r).
        var start = 0, end = line.count
        while start < end, Self.isSpace(line[start]) { start += 1 }
        while end > start, Self.isSpace(line[end - 1]) { end -= 1 }
        guard start < end else {
            out.error(PricingError(.malformedRequest, message: "the line is empty; every line must hold one JSON request"), line: number)
            return true
        }
        let value: ParameterValue
        do throws(ExactJSONError) {
            value = try ExactJSONReader.parse(UnsafeBufferPointer(rebasing: line[start..<end]), maxDepth: service.limits.maxDepth)
        } catch {
            let kind: PricingError.Kind = error.isDepthLimit ? .limitExceeded : .malformedRequest
            let message = error.keyPath.isEmpty
                ? "not valid JSON: \(error.message) (at byte \(error.offset + start))"
                : "\(error.keyPath): \(error.message)"
            out.error(PricingError(kind, message: message, keyPath: error.keyPath.isEmpty ? nil : error.keyPath), line: number)
            return true
        }
        do throws(PricingError) {
            switch try answer(PriceRequest(parsing: value)) {
            case .model(let q): out.quote(q, line: number)
            case .template(let c): out.cost(c, line: number)
            }
            return false
        } catch {
            out.error(error, line: number)
            return true
        }
    }

    /// The answer to a line longer than `maxLineBytes`.
    func respondTooLong(number: Int, into out: inout AnswerWriter) -> Bool {
        out.error(PricingError(
            .limitExceeded,
            message: "the line is longer than \(service.limits.maxLineBytes) bytes (the price stream's maxLineBytes limit); it was not read"),
            line: number)
        return true
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
}
