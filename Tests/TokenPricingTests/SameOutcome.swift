import Testing
import TokenPricing

/// Expects two ways of pricing one call to agree: the same total, or the same error.
/// `what` names the call in a failure; `fastName` and `referenceName` name the two ways.
func expectSameOutcome(
    _ fast: Result<ExactDecimal, PricingError>, _ fastName: String,
    _ reference: Result<ExactDecimal, PricingError>, _ referenceName: String,
    for what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    switch (fast, reference) {
    case let (.success(a), .success(b)):
        #expect(a == b, "\(what)", sourceLocation: sourceLocation)
    case let (.failure(a), .failure(b)):
        #expect(a == b, "\(what)", sourceLocation: sourceLocation)
    default:
        Issue.record("\(what): \(fastName) \(fast) but \(referenceName) \(reference)", sourceLocation: sourceLocation)
    }
}
