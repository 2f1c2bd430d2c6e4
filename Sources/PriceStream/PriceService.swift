import TokenPricing

/// Answers price requests against a model catalogue and a template catalogue: the engine
/// behind `admin-site price`, usable in process by any service.
///
/// The protocol (documented in `Docs/USING-THE-PRICING-LIBRARY.md`): every input line gets
/// exactly one answer line, in order, each with the `line` number it answers (blank lines
/// included: they get an error); a line is one JSON request of at most
/// `limits.maxLineBytes` bytes; numbers are read exactly from their text.
public struct PriceService: Sendable {
    /// Where models are looked up.
    public let models: any ModelCatalog
    /// Where `templateId` requests are looked up.
    public let templates: TemplateCatalog
    /// What one line may hold.
    public let limits: PriceStreamLimits

    /// Creates a service.
    public init(models: any ModelCatalog, templates: TemplateCatalog, limits: PriceStreamLimits = .standard) {
        self.models = models
        self.templates = templates
        self.limits = limits
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
        try PriceSession(self).answer(request)
    }

    /// Reads requests, one per element, and writes one JSON answer per element, in order,
    /// each without a trailing newline. A malformed or failing line gets an `{"error": …}`
    /// answer and processing goes on. Returns the number of lines that failed.
    public func processLines(_ lines: some Sequence<String>, write: (String) -> Void) -> Int {
        let session = PriceSession(self)
        var out = AnswerWriter(capacity: 4096)
        var failures = 0
        for (index, line) in lines.enumerated() {
            out.bytes.removeAll(keepingCapacity: true)
            var text = line
            let failed = text.withUTF8 { bytes in
                bytes.count > limits.maxLineBytes
                    ? session.respondTooLong(number: index + 1, into: &out)
                    : session.respond(to: bytes, number: index + 1, into: &out)
            }
            if failed { failures += 1 }
            write(String(decoding: out.bytes, as: UTF8.self))
        }
        return failures
    }

    /// The answer to one line as JSON text (without a newline), and whether it failed.
    public func answer(line: String, number: Int) -> (json: String, failed: Bool) {
        var out = AnswerWriter(capacity: 1024)
        var text = line
        let session = PriceSession(self)
        let failed = text.withUTF8 { bytes in
            bytes.count > limits.maxLineBytes
                ? session.respondTooLong(number: number, into: &out)
                : session.respond(to: bytes, number: number, into: &out)
        }
        return (String(decoding: out.bytes, as: UTF8.self), failed)
    }
}
