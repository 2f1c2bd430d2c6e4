/// The state the browser polls: a version that changes on every successful rebuild, and the
/// last build error, shown in the page instead of a stale site.
public actor LiveReload {
    /// Bumped on every successful rebuild.
    public private(set) var version: Int
    /// The last rebuild's error, until a rebuild succeeds.
    public private(set) var lastError: String?

    /// Creates the state. `initialVersion` differs between restarts so pages reload after one.
    public init(initialVersion: Int) {
        self.version = initialVersion
    }

    /// Records a successful rebuild.
    public func rebuilt() {
        version += 1
        lastError = nil
    }

    /// Records a failed rebuild.
    public func failed(_ message: String) {
        lastError = message
        version += 1
    }

    /// The script injected into every served HTML page: it polls the version and reloads.
    public static let script = """
        (function () {
          var seen = null;
          function poll() {
            fetch('/__live/version', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (v) {
              if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); return; }
              setTimeout(poll, 700);
            }).catch(function () { setTimeout(poll, 1500); });
          }
          poll();
        })();
        """
}
