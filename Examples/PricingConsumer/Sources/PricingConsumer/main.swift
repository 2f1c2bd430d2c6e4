// Prices a model call through the public API only, as a billing service would, and exits
// non-zero when a price or an error is not what the documentation promises.
import Foundation
import ModelRegistry
import TokenPricing

let registry = ModelRegistry.standard
let chatGPT = "4b68811b-28be-45cb-bcae-9db721ba4547"

do throws(PricingError) {
    let quote = try registry.quote(recordId: chatGPT, parameters: ["nVariants": 2])
    print("\(chatGPT) with nVariants 2: \(quote.total) tokens")
    for item in quote.lineItems { print("  \(item.label): \(item.subtotal)") }
    guard quote.total == ExactDecimal("3.5") else {
        print("error: expected 3.5, got \(quote.total)")
        exit(1)
    }
    _ = try registry.quote(recordId: "no-such-model")
    print("error: an unknown model was priced")
    exit(1)
} catch {
    guard error.kind == .unknownModel else {
        print("error: expected unknownModel, got \(error.kind)")
        exit(1)
    }
    print("an unknown model is refused: \(error.kind)")
}
