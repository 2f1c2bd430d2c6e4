// swift-tools-version: 6.0
import PackageDescription

// libFuzzer harnesses for the root package, kept in their own package because they need
// `unsafeFlags` (which would stop the root from being used as a remote dependency).
// Build and run them with `bash Tools/fuzz.sh`; see Docs/FUZZING.md.
//
// Each harness is an executable holding only `LLVMFuzzerTestOneInput`. It must be compiled with
// `-parse-as-library`: without it the build succeeds but libFuzzer sees no coverage.
let harness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ModelAdminFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `ModelAdmin` is a committed symlink to `..`: SwiftPM names a path dependency after its
        // folder, and the checkout folder's name varies (a worktree called `fuzz` would even
        // clash with this package), so the products below could not name it reliably otherwise.
        .package(path: "ModelAdmin"),
    ],
    targets: [
        // What the harnesses share: the oracles that turn a wrong answer into a trap.
        .target(name: "FuzzSupport", dependencies: [.product(name: "TokenPricing", package: "ModelAdmin")]),
        .executableTarget(
            name: "FuzzPriceRequests",
            dependencies: [
                "FuzzSupport",
                .product(name: "TokenPricing", package: "ModelAdmin"),
                .product(name: "PriceStream", package: "ModelAdmin"),
                .product(name: "ModelRegistry", package: "ModelAdmin"),
            ],
            swiftSettings: harness
        ),
        .executableTarget(
            name: "FuzzTemplateCatalog",
            dependencies: [
                "FuzzSupport",
                .product(name: "TokenPricing", package: "ModelAdmin"),
                .product(name: "PriceStream", package: "ModelAdmin"),
                .product(name: "ModelRegistry", package: "ModelAdmin"),
                .product(name: "Integrity", package: "ModelAdmin"),
            ],
            swiftSettings: harness
        ),
        .executableTarget(
            name: "FuzzMarkdownDocs",
            dependencies: [
                "FuzzSupport",
                .product(name: "MarkdownDocs", package: "ModelAdmin"),
            ],
            swiftSettings: harness
        ),
    ]
)
