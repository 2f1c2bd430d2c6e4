import Foundation
import ModelRegistry
import PriceLock
import TokenPricing

/// The price lockfile's rules: the registry's prices must be the ones locked in
/// `Site/prices.lock.json` (`price-changed`), the lockfile must exist and read
/// (`price-lock-invalid`), and the price history should be readable
/// (`price-history-unavailable`, a warning).
extension IntegrityChecker {
    /// The findings of comparing `registry` with the lockfile's text.
    /// - Parameters:
    ///   - lockText: the lockfile's text, or `nil` when the file does not exist.
    ///   - lockFile: the lockfile's path as findings name it (`Site/prices.lock.json`).
    public func checkPriceLock(registry: ModelRegistry, lockText: String?, lockFile: String) -> IntegrityReport {
        let accept = "run `admin-site lock` to accept it and commit \(lockFile)"
        guard let lockText else {
            return IntegrityReport(findings: [IntegrityFinding(
                .priceLockInvalid, message: "\(lockFile) does not exist; run `admin-site lock` to write it and commit it",
                subject: .doc(path: lockFile), file: lockFile)])
        }
        let stored: PriceLock
        do {
            stored = try PriceLock(json: Array(lockText.utf8))
        } catch {
            let p = JSONPositionIndex(text: lockText).position(nearest: error.keyPath)
            let at = error.keyPath.isEmpty ? "" : "\(error.keyPath): "
            return IntegrityReport(findings: [IntegrityFinding(
                .priceLockInvalid, message: "\(lockFile) cannot be read: \(at)\(error.message); fix it or run `admin-site lock` to rewrite it",
                subject: .doc(path: lockFile), file: lockFile, line: p?.line ?? (error.keyPath.isEmpty ? nil : 1), column: p?.column)])
        }
        // Compare at the limits the file was written with, so a change of the default limits
        // reads as "rewrite the lock", never as a repricing.
        let current = PriceLock(
            pricing: registry.models.map(\.priced), pointLimit: stored.pointLimit, rangeLimit: stored.rangeLimit)
        let diff = PriceLockDiff(from: stored, to: current)
        var locator = SourceLocator(packageRoot: packageRoot)
        var index: JSONPositionIndex?
        var findings: [IntegrityFinding] = []
        for change in diff.changes {
            let message: String
            switch change {
            case .added: message = "\(change.summary), but not in \(lockFile); \(accept)"
            case .removed: message = "\(change.summary) from the registry, but still in \(lockFile); \(accept)"
            case .repriced, .redefined: message = "\(change.summary); \(accept)"
            }
            if case .removed = change {
                if index == nil { index = JSONPositionIndex(text: lockText) }
                let i = stored.models.firstIndex { $0.recordId == change.recordId } ?? 0
                let p = index?.position(nearest: "models[\(i)].recordId")
                findings.append(IntegrityFinding(
                    .priceChanged, message: message, subject: .model(recordId: change.recordId),
                    file: lockFile, line: p?.line, column: p?.column))
            } else if let model = registry.model(recordId: change.recordId) {
                let p = model.sourcePath == nil ? nil : locator.recordIdPosition(of: model)
                findings.append(IntegrityFinding(
                    .priceChanged, message: message, subject: .model(recordId: change.recordId),
                    file: model.sourcePath, line: p?.line, column: p?.column))
            }
        }
        return IntegrityReport(findings: findings)
    }

    /// Reads the lockfile (relative paths start at `packageRoot`, else the current
    /// directory) and compares `registry` with it.
    public func checkPriceLock(registry: ModelRegistry, lockFile: String) -> IntegrityReport {
        let url: URL
        if lockFile.hasPrefix("/") {
            url = URL(fileURLWithPath: lockFile)
        } else {
            url = (packageRoot ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).appendingPathComponent(lockFile)
        }
        let text = FileManager.default.fileExists(atPath: url.path)
            ? (try? String(contentsOf: url, encoding: .utf8)) ?? "" : nil
        return checkPriceLock(registry: registry, lockText: text, lockFile: lockFile)
    }

    /// The warning that the price history cannot be read, with why and what to do.
    public static func priceHistoryUnavailable(_ reason: PriceHistoryUnavailable, lockFile: String) -> IntegrityFinding {
        IntegrityFinding(
            .priceHistoryUnavailable,
            message: "no price history: \(reason); \(reason.remedy)",
            subject: .doc(path: lockFile), file: lockFile)
    }
}
