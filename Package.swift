// swift-tools-version: 6.1
import PackageDescription

/// The condition on every third-party dependency: present only with the `AdminSite` trait.
let siteOnly: TargetDependencyCondition? = .when(traits: ["AdminSite"])

// The architecture, bottom to top:
//   TokenPricing   exact prices of model calls, content templates and workflows (Foundation only)
//   PriceStream    the NDJSON price service (`admin-site price`): framing, line numbers, limits
//   ModelRegistry  the models, one Swift file each: the single source of truth
//   PriceLock      the price lockfile, the diff of two locks, and the price history's types
//   Integrity      SPEC's integrity rules over the registry and a template catalogue
//   MarkdownDocs   Docs/ through libcmark (CCMark is the system-library target)
//   SiteGenerator  the static, read-only admin site
//   AdminSiteKit   the pipeline: load the repo's inputs, check, build (what the commands call)
//   SiteServer     `admin-site serve`: local preview with rebuild-on-change
//   AdminSite      the thin `admin-site` executable: parse flags, call the libraries
let package = Package(
    name: "ModelAdmin",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TokenPricing", targets: ["TokenPricing"]),
        .library(name: "ModelRegistry", targets: ["ModelRegistry"]),
        .library(name: "PriceStream", targets: ["PriceStream"]),
        // Integrity and MarkdownDocs are products so the fuzz package (Fuzz/) can reach the
        // catalogue check and the docs pipeline; nothing else depends on them from outside.
        .library(name: "Integrity", targets: ["Integrity"]),
        .library(name: "MarkdownDocs", targets: ["MarkdownDocs"]),
        .executable(name: "admin-site", targets: ["AdminSite"]),
    ],
    // A consumer of the pricing library pays for nothing else: every dependency below is used
    // only under the `AdminSite` trait, so a package that depends on this one with
    // `traits: []` resolves and builds none of them (see README, "Using the pricing library").
    traits: [
        .trait(
            name: "AdminSite",
            description: "The admin-site tool: site generator, preview server and command line (swift-argument-parser, swift-mustache, Hummingbird)."
        ),
        .default(enabledTraits: ["AdminSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Test-only: property tests of the pricer against an independent reference.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .target(name: "TokenPricing"),
        .target(name: "PriceStream", dependencies: ["TokenPricing"]),
        .target(name: "ModelRegistry", dependencies: ["TokenPricing"]),
        .target(name: "PriceLock", dependencies: ["TokenPricing"]),
        .target(name: "Integrity", dependencies: ["TokenPricing", "ModelRegistry", "PriceLock"]),
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "MarkdownDocs", dependencies: ["CCMark"]),
        // renameat2(RENAME_EXCHANGE), which Glibc does not export: the atomic publish of a site.
        .target(name: "CAtomicSwap"),
        .target(
            name: "SiteGenerator",
            dependencies: [
                "TokenPricing", "ModelRegistry", "Integrity", "MarkdownDocs", "CAtomicSwap", "PriceLock",
            ]
        ),
        .target(
            name: "AdminSiteKit",
            dependencies: ["TokenPricing", "ModelRegistry", "Integrity", "MarkdownDocs", "SiteGenerator", "PriceLock"]
        ),
        .target(
            name: "SiteServer",
            dependencies: [
                "AdminSiteKit",
                .product(name: "Hummingbird", package: "hummingbird", condition: siteOnly),
            ]
        ),
        .executableTarget(
            name: "AdminSite",
            dependencies: [
                "TokenPricing", "PriceStream", "ModelRegistry", "Integrity", "AdminSiteKit", "SiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: siteOnly),
            ]
        ),
        // Benchmarks are executables, run in release mode, never timed inside tests.
        .executableTarget(name: "PricingBenchmark", dependencies: ["TokenPricing", "PriceStream", "ModelRegistry"]),
        .executableTarget(name: "PriceHistoryBenchmark", dependencies: ["AdminSiteKit", "PriceLock", "ModelRegistry", "TokenPricing"]),
        .executableTarget(name: "SiteBenchmark", dependencies: ["SiteGenerator", "ModelRegistry", "TokenPricing", "MarkdownDocs"]),

        .testTarget(
            name: "TokenPricingTests",
            dependencies: ["TokenPricing", .product(name: "PropertyBased", package: "swift-property-based", condition: siteOnly)]
        ),
        .testTarget(name: "PriceStreamTests", dependencies: ["PriceStream", "TokenPricing", "ModelRegistry"]),
        .testTarget(
            name: "ModelRegistryTests",
            dependencies: ["ModelRegistry", "TokenPricing"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "IntegrityTests",
            dependencies: ["Integrity", "ModelRegistry", "TokenPricing", "PriceLock"],
            exclude: ["Fixtures/Catalogues"]
        ),
        .testTarget(name: "MarkdownDocsTests", dependencies: ["MarkdownDocs"]),
        .testTarget(name: "PriceLockTests", dependencies: ["PriceLock", "TokenPricing", "ModelRegistry"]),
        // swift-mustache is the reference renderer the tests compare the generator's own against.
        .testTarget(
            name: "SiteGeneratorTests",
            dependencies: [
                "SiteGenerator", "ModelRegistry", "TokenPricing", "Integrity", "PriceLock",
                .product(name: "Mustache", package: "swift-mustache", condition: siteOnly),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "AdminSiteKitTests", dependencies: ["AdminSiteKit", "ModelRegistry", "TokenPricing", "PriceLock", "SiteGenerator"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "AdminSiteTests", dependencies: ["AdminSite", "ModelRegistry", "TokenPricing"]),
    ]
)
