/*
 * site.js: progressive enhancement for the static model-registry admin site.
 * Plain JavaScript: no framework, no build step, no network. Works from file:// too.
 * Every page works without it; this file only adds to it.
 *
 * What it enhances (DOM contract, see also the comment at the top of site.css):
 *
 * 1. table[data-enhance="sortable"] and table[data-enhance="catalogue"]
 *      <th data-sort="KEY" data-type="text|number">Label</th>  becomes a sort button
 *      (th gets class "sortable" and aria-sort="none|ascending|descending").
 *      Body cells: <td data-value="raw"> (falls back to the cell's text when absent).
 *      Sorting is stable (ties keep document order, in both directions); numbers compare
 *      numerically, and empty or non-numeric values go last in both directions; text is
 *      compared with localeCompare (numeric-aware, case-insensitive).
 *      First click sorts ascending, the next click on the same column descending, and so on.
 *
 * 2. The model catalogue (table#model-table[data-enhance="catalogue"]) additionally gets:
 *      form#model-filters   select[name=provider|type|family|status] ("" = all), input[name=q],
 *                           input[name=pmin|pmax] (a price range: a row matches when its
 *                           [data-min, data-max] overlaps [pmin, pmax]; empty = unbounded).
 *                           The form is `hidden` in the HTML (without JS it could not filter;
 *                           a <noscript> notice says so) and shown here. A reset button clears
 *                           every filter.
 *                           rows: tr[data-provider][data-content-type][data-family][data-status]
 *                           [data-min][data-max][data-search]
 *                           non-matching rows get the `hidden` attribute.
 *                           q matches when every whitespace-separated term occurs in data-search.
 *      #model-count         text becomes "N models" or "N of TOTAL models" (aria-live on the span;
 *                           data-noun="…" on it replaces "model").
 *      URL state            ?provider=&type=&family=&status=&pmin=&pmax=&q=&sort=KEY&dir=asc|desc via
 *                           history.replaceState (empty parameters omitted; others kept); read on load.
 *      #model-exports       `hidden` removed; [data-export=csv|json] buttons download the visible
 *                           rows in their current order. Keys are the th data-sort keys; values come
 *                           from td data-value (JSON: number columns become numbers, empty -> null).
 *                           The file name is taken from data-filename on #model-exports (default "models");
 *                           when a filter is set it becomes "models-filtered-<filters>" (so a filtered
 *                           view never overwrites a full export of the same name).
 *      An empty-state paragraph (.empty-state) is shown when no row matches.
 *
 * 2b. input[data-filter-table="ID"] (hidden in the HTML, shown here): typing hides the rows of
 *      table#ID whose text does not contain every whitespace-separated term; the element named
 *      by data-filter-count (if any) gets "N of TOTAL <data-noun>s".
 *
 * 3. code.recordid[data-full]: click (or Enter/Space) copies data-full to the clipboard when
 *    the Clipboard API is available (falls back to execCommand); failures are silent.
 *
 * 4. Scrollable regions (.doc pre, .table-wrap) that overflow get tabindex="0" so keyboard
 *    users can scroll them.
 *
 * A small API is exposed as window.AdminSite (used by the browser tests).
 */
(function () {
  "use strict";

  var FILTER_KEYS = ["provider", "type", "family", "status", "pmin", "pmax", "q"];
  var ROW_ATTR = { provider: "data-provider", type: "data-content-type", family: "data-family", status: "data-status" };

  var collator = (typeof Intl !== "undefined" && Intl.Collator)
    ? new Intl.Collator(undefined, { numeric: true, sensitivity: "base" })
    : null;

  function compareText(a, b) {
    if (collator) { return collator.compare(a, b); }
    return String(a).localeCompare(String(b));
  }

  function toNumber(raw) {
    if (raw === null || raw === undefined) { return NaN; }
    var s = String(raw).trim();
    if (s === "") { return NaN; }
    var n = Number(s);
    return isFinite(n) ? n : NaN;
  }

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  function safe(fn) {
    return function () {
      try {
        return fn.apply(this, arguments);
      } catch (err) {
        if (window.console && console.warn) { console.warn("site.js:", err); }
        return undefined;
      }
    };
  }

  /* ---------------------------------------------------------------- tables */

  function headerCells(table) {
    var head = table.tHead;
    if (!head || !head.rows.length) { return []; }
    return Array.prototype.slice.call(head.rows[head.rows.length - 1].cells);
  }

  function bodyRows(table) {
    var rows = [];
    for (var i = 0; i < table.tBodies.length; i++) {
      rows = rows.concat(Array.prototype.slice.call(table.tBodies[i].rows));
    }
    return rows;
  }

  function cellRaw(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var v = cell.getAttribute("data-value");
    return v === null ? cell.textContent.replace(/\s+/g, " ").trim() : v;
  }

  function SortableTable(table) {
    this.table = table;
    this.columns = [];          // {key, type, index, th}
    this.sortKey = null;
    this.sortDir = null;        // "asc" | "desc"
    this.onSort = null;         // callback(key, dir)
    var self = this;

    bodyRows(table).forEach(function (row, i) { row.setAttribute("data-order", String(i)); });

    headerCells(table).forEach(function (th) {
      var key = th.getAttribute("data-sort");
      if (!key) { return; }
      var col = {
        key: key,
        type: th.getAttribute("data-type") === "number" ? "number" : "text",
        index: th.cellIndex,
        th: th
      };
      self.columns.push(col);

      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      var indicator = document.createElement("span");
      indicator.className = "sort-indicator";
      indicator.setAttribute("aria-hidden", "true");
      button.appendChild(indicator);
      th.appendChild(button);
      th.classList.add("sortable");
      th.setAttribute("aria-sort", "none");

      button.addEventListener("click", safe(function () {
        var dir = (self.sortKey === key && self.sortDir === "asc") ? "desc" : "asc";
        self.sort(key, dir);
        if (self.onSort) { self.onSort(key, dir); }
      }));
    });
  }

  SortableTable.prototype.column = function (key) {
    for (var i = 0; i < this.columns.length; i++) {
      if (this.columns[i].key === key) { return this.columns[i]; }
    }
    return null;
  };

  SortableTable.prototype.sort = function (key, dir) {
    var col = this.column(key);
    if (!col) { return false; }
    dir = dir === "desc" ? "desc" : "asc";
    var sign = dir === "desc" ? -1 : 1;
    var table = this.table;

    for (var t = 0; t < table.tBodies.length; t++) {
      var tbody = table.tBodies[t];
      var items = Array.prototype.slice.call(tbody.rows).map(function (row) {
        var raw = cellRaw(row, col.index);
        return {
          row: row,
          order: Number(row.getAttribute("data-order")) || 0,
          value: col.type === "number" ? toNumber(raw) : raw
        };
      });
      items.sort(function (a, b) {
        var c;
        if (col.type === "number") {
          var aMissing = isNaN(a.value), bMissing = isNaN(b.value);
          if (aMissing || bMissing) {
            c = aMissing === bMissing ? 0 : (aMissing ? 1 : -1);   // missing always last
            return c !== 0 ? c : a.order - b.order;
          }
          c = a.value < b.value ? -1 : (a.value > b.value ? 1 : 0);
        } else {
          var aEmpty = a.value === "", bEmpty = b.value === "";
          if (aEmpty || bEmpty) {
            c = aEmpty === bEmpty ? 0 : (aEmpty ? 1 : -1);
            return c !== 0 ? c : a.order - b.order;
          }
          c = compareText(a.value, b.value);
        }
        c = c * sign;
        return c !== 0 ? c : a.order - b.order;                     // stable
      });
      var frag = document.createDocumentFragment();
      items.forEach(function (item) { frag.appendChild(item.row); });
      tbody.appendChild(frag);
    }

    this.sortKey = key;
    this.sortDir = dir;
    this.columns.forEach(function (c) {
      c.th.setAttribute("aria-sort", c.key === key ? (dir === "asc" ? "ascending" : "descending") : "none");
    });
    return true;
  };

  /* ------------------------------------------------------------- exports */

  // The same guard as the static exports (JSONText.text in SiteGenerator): a text cell whose
  // first character after whitespace or control characters is = + - @ (or a full-width
  // form), or that starts with a tab, CR or LF, gets a ' in front, so a spreadsheet never
  // runs it as a formula. Spreadsheets skip leading spaces, so they must not hide a trigger.
  var FORMULA_LEAD = /^[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

  function guardFormula(s) {
    return /^[\t\r\n]/.test(s) || FORMULA_LEAD.test(s) ? "'" + s : s;
  }

  function csvField(value, isNumber) {
    var s = value === null || value === undefined ? "" : String(value);
    if (!isNumber) s = guardFormula(s);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  // types: the column types ("number" columns are not guarded, so -5 stays a number).
  function toCSV(rows, types) {
    return rows.map(function (r) {
      return r.map(function (v, i) { return csvField(v, !!types && types[i] === "number"); }).join(",");
    }).join("\r\n") + "\r\n";
  }

  function download(filename, mime, text) {
    var blob = new Blob([text], { type: mime });
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
      if (a.parentNode) { a.parentNode.removeChild(a); }
    }, 1000);
  }

  function visibleData(sortable) {
    var cols = sortable.columns;
    var rows = bodyRows(sortable.table).filter(function (r) { return !r.hidden; });
    return {
      keys: cols.map(function (c) { return c.key; }),
      rows: rows.map(function (row) {
        return cols.map(function (c) { return cellRaw(row, c.index); });
      }),
      types: cols.map(function (c) { return c.type; })
    };
  }

  function exportRows(sortable, format, basename) {
    var data = visibleData(sortable);
    if (format === "csv") {
      download(basename + ".csv", "text/csv;charset=utf-8", toCSV([data.keys].concat(data.rows), data.types));
    } else if (format === "json") {
      var objects = data.rows.map(function (values) {
        var o = {};
        data.keys.forEach(function (k, i) {
          if (data.types[i] === "number") {
            var n = toNumber(values[i]);
            o[k] = isNaN(n) ? null : n;
          } else {
            o[k] = values[i];
          }
        });
        return o;
      });
      download(basename + ".json", "application/json;charset=utf-8", JSON.stringify(objects, null, 2) + "\n");
    }
  }

  /* ----------------------------------------------------------- catalogue */

  function readParams() {
    try {
      return new URLSearchParams(window.location.search);
    } catch (e) {
      return null;
    }
  }

  function setSelectValue(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) {
        select.value = value;
        return true;
      }
    }
    return false;
  }

  function Catalogue(table) {
    var self = this;
    this.table = table;
    this.sortable = new SortableTable(table);
    this.form = document.getElementById("model-filters");
    this.count = document.getElementById("model-count");
    this.exports = document.getElementById("model-exports");
    this.rows = bodyRows(table);
    this.noun = (this.count && this.count.getAttribute("data-noun")) || "model";

    this.empty = document.createElement("p");
    this.empty.className = "empty-state";
    this.empty.hidden = true;
    this.empty.textContent = "No " + this.noun + "s match the current filters.";
    table.parentNode.insertBefore(this.empty, table.nextSibling);
    if (table.parentNode.classList && table.parentNode.classList.contains("table-wrap")) {
      table.parentNode.parentNode.insertBefore(this.empty, table.parentNode.nextSibling);
    }

    this.sortable.onSort = function () { self.writeURL(); };

    var params = readParams();
    if (this.form) {
      var form = this.form;
      form.hidden = false;
      if (params) {
        FILTER_KEYS.forEach(function (name) {
          var control = form.elements.namedItem(name);
          var value = params.get(name);
          if (!control || value === null) { return; }
          if (control.tagName === "SELECT") {
            setSelectValue(control, value);
          } else {
            control.value = value;
          }
        });
      }
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        safe(function () { self.apply(); self.writeURL(); })();
      });
      form.addEventListener("change", safe(function () { self.apply(); self.writeURL(); }));
      // Typing filters at once; the URL is written once typing pauses (replaceState is throttled
      // by browsers when called for every keystroke).
      var urlTimer = null;
      form.addEventListener("input", safe(function () {
        self.apply();
        if (urlTimer) { window.clearTimeout(urlTimer); }
        urlTimer = window.setTimeout(safe(function () { urlTimer = null; self.writeURL(); }), 250);
      }));
      form.addEventListener("reset", function () {
        window.setTimeout(safe(function () { self.apply(); self.writeURL(); }), 0);
      });
    }

    if (params && params.get("sort")) {
      this.sortable.sort(params.get("sort"), params.get("dir") === "desc" ? "desc" : "asc");
    }

    if (this.exports) {
      var basename = this.exports.getAttribute("data-filename") || "models";
      this.exports.hidden = false;
      var buttons = this.exports.querySelectorAll("button[data-export]");
      Array.prototype.forEach.call(buttons, function (button) {
        button.addEventListener("click", safe(function () {
          exportRows(self.sortable, button.getAttribute("data-export"), self.exportName(basename));
        }));
      });
    }

    this.apply();
    // Normalise the URL (drops unknown filter values, keeps everything else).
    if (params && (params.has("sort") || FILTER_KEYS.some(function (k) { return params.has(k); }))) {
      this.writeURL();
    }
  }

  // "models" for the full view; "models-filtered-provider-kie_ai-q-veo" when filters are set
  // (file-name-safe, at most 80 characters after the base name).
  Catalogue.prototype.exportName = function (basename) {
    var state = this.state();
    var parts = [];
    FILTER_KEYS.forEach(function (name) {
      if (state[name] !== "") { parts.push(name, state[name]); }
    });
    if (!parts.length) { return basename; }
    var slug = parts.join("-").toLowerCase().replace(/[^a-z0-9._]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
    return basename + "-filtered" + (slug ? "-" + slug : "");
  };

  Catalogue.prototype.state = function () {
    var state = { provider: "", type: "", family: "", status: "", pmin: "", pmax: "", q: "" };
    if (!this.form) { return state; }
    var form = this.form;
    FILTER_KEYS.forEach(function (name) {
      var control = form.elements.namedItem(name);
      if (control && typeof control.value === "string") { state[name] = control.value; }
    });
    return state;
  };

  Catalogue.prototype.apply = function () {
    var state = this.state();
    var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var lo = toNumber(state.pmin), hi = toNumber(state.pmax);
    var visible = 0;
    this.rows.forEach(function (row) {
      var ok = true;
      ["provider", "type", "family", "status"].forEach(function (name) {
        if (ok && state[name] !== "" && row.getAttribute(ROW_ATTR[name]) !== state[name]) { ok = false; }
      });
      if (ok && (!isNaN(lo) || !isNaN(hi))) {
        // A row can cost anything in [data-min, data-max]; it matches when that overlaps
        // [pmin, pmax]. A row without a price range never matches a price filter.
        var rmin = toNumber(row.getAttribute("data-min")), rmax = toNumber(row.getAttribute("data-max"));
        if (isNaN(rmin) || isNaN(rmax)) { ok = false; }
        else if (!isNaN(lo) && rmax < lo) { ok = false; }
        else if (!isNaN(hi) && rmin > hi) { ok = false; }
      }
      if (ok && terms.length) {
        var hay = row.getAttribute("data-search");
        hay = (hay === null ? row.textContent : hay).toLowerCase();
        for (var i = 0; i < terms.length; i++) {
          if (hay.indexOf(terms[i]) === -1) { ok = false; break; }
        }
      }
      row.hidden = !ok;
      if (ok) { visible++; }
    });
    var total = this.rows.length;
    var noun = this.noun;
    if (this.count) {
      var plural = function (n) { return n === 1 ? noun : noun + "s"; };
      this.count.textContent = visible === total
        ? total + " " + plural(total)
        : visible + " of " + total + " " + plural(total);
    }
    this.empty.hidden = visible !== 0;
    return visible;
  };

  Catalogue.prototype.writeURL = function () {
    if (!window.history || !window.history.replaceState) { return; }
    var params = readParams();
    if (!params) { return; }
    var state = this.state();
    FILTER_KEYS.forEach(function (name) {
      if (state[name] !== "") { params.set(name, state[name]); } else { params["delete"](name); }
    });
    if (this.sortable.sortKey) {
      params.set("sort", this.sortable.sortKey);
      params.set("dir", this.sortable.sortDir);
    } else {
      params["delete"]("sort");
      params["delete"]("dir");
    }
    var qs = params.toString();
    var url = window.location.pathname + (qs ? "?" + qs : "") + window.location.hash;
    try {
      window.history.replaceState(window.history.state, "", url);
    } catch (e) {
      /* some browsers refuse replaceState on file:// URLs; the view still works */
    }
  };

  /* ------------------------------------------------------ table filters */

  function TableFilter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-table"));
    if (!table) { return; }
    var rows = bodyRows(table);
    var count = input.getAttribute("data-filter-count") ? document.getElementById(input.getAttribute("data-filter-count")) : null;
    var noun = input.getAttribute("data-noun") || "row";
    var field = input.closest(".filters") || input;
    field.hidden = false;
    function apply() {
      var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var visible = 0;
      rows.forEach(function (row) {
        var hay = row.textContent.toLowerCase();
        var ok = terms.every(function (t) { return hay.indexOf(t) !== -1; });
        row.hidden = !ok;
        if (ok) { visible++; }
      });
      if (count) {
        var plural = rows.length === 1 ? noun : noun + "s";
        count.textContent = visible === rows.length ? rows.length + " " + plural : visible + " of " + rows.length + " " + plural;
      }
    }
    input.addEventListener("input", safe(apply));
    var form = input.form;
    if (form) {
      form.addEventListener("submit", function (e) { e.preventDefault(); });
      form.addEventListener("reset", function () { window.setTimeout(safe(apply), 0); });
    }
    apply();
  }

  /* ---------------------------------------------------------- record ids */

  var liveRegion = null;
  function announce(text) {
    if (!liveRegion) {
      liveRegion = document.createElement("span");
      liveRegion.className = "visually-hidden";
      liveRegion.setAttribute("role", "status");
      document.body.appendChild(liveRegion);
    }
    liveRegion.textContent = "";
    window.setTimeout(function () { liveRegion.textContent = text; }, 50);
  }

  function legacyCopy(text) {
    var ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.top = "-1000px";
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }

  function copied(el) {
    el.setAttribute("data-copied", "");
    announce("Copied " + el.getAttribute("data-full"));
    window.setTimeout(function () { el.removeAttribute("data-copied"); }, 1500);
  }

  function copyRecordId(el) {
    var text = el.getAttribute("data-full");
    if (!text) { return; }
    try {
      if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
        navigator.clipboard.writeText(text).then(function () { copied(el); }, function () {
          if (legacyCopy(text)) { copied(el); }
        });
      } else if (legacyCopy(text)) {
        copied(el);
      }
    } catch (e) {
      /* never throw from a click handler */
    }
  }

  function enhanceRecordIds(root) {
    var codes = root.querySelectorAll("code.recordid[data-full]");
    Array.prototype.forEach.call(codes, function (el) {
      if (el.hasAttribute("data-copyable")) { return; }
      el.setAttribute("data-copyable", "");
      if (!el.closest("a, button")) {
        el.setAttribute("role", "button");
        el.setAttribute("tabindex", "0");
        if (!el.title) { el.title = el.getAttribute("data-full"); }
        el.setAttribute("aria-label", "Copy ID " + el.getAttribute("data-full"));
      }
    });
    if (!root.__adminSiteCopy) {
      root.__adminSiteCopy = true;
      root.addEventListener("click", function (e) {
        var el = e.target && e.target.closest ? e.target.closest("code.recordid[data-full]") : null;
        if (el) { copyRecordId(el); }
      });
      root.addEventListener("keydown", function (e) {
        var el = e.target;
        if (el && el.matches && el.matches("code.recordid[data-full][role=button]") &&
            (e.key === "Enter" || e.key === " ")) {
          e.preventDefault();
          copyRecordId(el);
        }
      });
    }
  }

  /* ---------------------------------------------------- scroll regions */

  function focusableScrollers() {
    var els = document.querySelectorAll(".doc pre, pre.code, .table-wrap");
    Array.prototype.forEach.call(els, function (el) {
      if (!el.hasAttribute("tabindex") && el.scrollWidth > el.clientWidth + 1) {
        el.setAttribute("tabindex", "0");
      }
    });
  }

  /* ---------------------------------------------------------------- init */

  var instances = [];

  function init() {
    document.documentElement.classList.add("js");
    var tables = document.querySelectorAll('table[data-enhance="sortable"], table[data-enhance="catalogue"]');
    Array.prototype.forEach.call(tables, safe(function (table) {
      if (table.__adminSite) { return; }
      var inst = table.getAttribute("data-enhance") === "catalogue" ? new Catalogue(table) : new SortableTable(table);
      table.__adminSite = inst;
      instances.push(inst);
    }));
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter-table]"), safe(function (input) {
      if (input.__adminSite) { return; }
      input.__adminSite = true;
      TableFilter(input);
    }));
    safe(enhanceRecordIds)(document);
    safe(focusableScrollers)();
  }

  window.AdminSite = {
    version: "1",
    toCSV: toCSV,
    csvField: csvField,
    instances: instances,
    init: init
  };

  ready(safe(init));
})();

/* ==========================================================================================
 * ux-names block (issue #13 B and C): integrity filters and filter panels. Kept apart from the
 * code above so it merges cleanly; it shares nothing with it but the page.
 *
 * 5. details.filters-panel (hidden in the HTML: its form only works with JS) is shown here,
 *    and closed at load on narrow screens (max-width: 40rem), open on wider ones: on a phone
 *    the filters do not push the table a screen down.
 *
 * 5b. figure.chart that overflows (small screens) gets tabindex="0", like the table wrappers.
 *
 * 6. The integrity report (form#integrity-filters): select[name=severity|rule] ("" = all)
 *    hide the rows tr[data-finding][data-severity][data-rule] that do not match; a rule group
 *    (details.finding-group) with no row left is hidden, and its .group-count says "N of TOTAL
 *    findings" (data-total). A section.triage with no group left shows its .empty-state with
 *    "No finding matches the filters." #integrity-count says "N of TOTAL findings". Choosing a
 *    rule opens its group. URL state: ?severity=&rule= (history.replaceState), read on load.
 *    Without JS every finding is listed (a <noscript> notice says so).
 * ========================================================================================== */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fn); } else { fn(); }
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function findings(n) { return n === 1 ? "finding" : "findings"; }

  function filterPanels() {
    var narrow = window.matchMedia && window.matchMedia("(max-width: 40rem)").matches;
    each(document.querySelectorAll("details.filters-panel"), function (panel) {
      panel.hidden = false;
      panel.open = !narrow;
    });
  }

  function integrityFilters() {
    var form = document.getElementById("integrity-filters");
    if (!form) { return; }
    var rows = document.querySelectorAll("tr[data-finding]");
    var groups = document.querySelectorAll("details.finding-group");
    var sections = document.querySelectorAll("section.triage");
    var status = document.getElementById("integrity-count");
    var severity = form.elements.severity, rule = form.elements.rule;

    var params = new URLSearchParams(window.location.search);
    [severity, rule].forEach(function (select) {
      var v = params.get(select.name);
      if (v && Array.prototype.some.call(select.options, function (o) { return o.value === v; })) { select.value = v; }
    });

    function apply() {
      var sev = severity.value, r = rule.value, shown = 0;
      each(rows, function (row) {
        var ok = (!sev || row.getAttribute("data-severity") === sev) && (!r || row.getAttribute("data-rule") === r);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      each(groups, function (group) {
        var all = group.querySelectorAll("tr[data-finding]").length;
        var visible = group.querySelectorAll("tr[data-finding]:not([hidden])").length;
        group.hidden = visible === 0;
        var count = group.querySelector(".group-count");
        if (count) { count.textContent = visible === all ? all + " " + findings(all) : visible + " of " + all + " " + findings(all); }
        if (r && visible > 0) { group.open = true; }
      });
      each(sections, function (section) {
        var empty = section.querySelector(".empty-state");
        if (!empty) { return; }
        if (!empty.hasAttribute("data-default")) { empty.setAttribute("data-default", empty.textContent); }
        var hasGroups = section.querySelectorAll("details.finding-group").length > 0;
        var anyVisible = section.querySelector("details.finding-group:not([hidden])") !== null;
        empty.hidden = anyVisible;
        empty.textContent = hasGroups && !anyVisible ? "No finding matches the filters." : empty.getAttribute("data-default");
      });
      if (status) {
        status.textContent = shown === rows.length ? rows.length + " " + findings(rows.length) : shown + " of " + rows.length + " " + findings(rows.length);
      }
    }

    function writeURL() {
      if (!window.history || typeof window.history.replaceState !== "function") { return; }
      var p = new URLSearchParams(window.location.search);
      [severity, rule].forEach(function (select) {
        if (select.value) { p.set(select.name, select.value); } else { p.delete(select.name); }
      });
      var q = p.toString();
      try { window.history.replaceState(null, "", window.location.pathname + (q ? "?" + q : "") + window.location.hash); } catch (e) { /* file:// may refuse */ }
    }

    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); writeURL(); });
    form.addEventListener("change", function () { apply(); writeURL(); });
    form.addEventListener("reset", function () { window.setTimeout(function () { apply(); writeURL(); }, 0); });
    apply();
  }

  /* A chart that scrolls sideways (small screens keep its labels readable) must be reachable
     by keyboard, as the table wrappers are. */
  function scrollableCharts() {
    each(document.querySelectorAll("figure.chart"), function (figure) {
      if (!figure.hasAttribute("tabindex") && figure.scrollWidth > figure.clientWidth + 1) { figure.setAttribute("tabindex", "0"); }
    });
  }

  ready(function () {
    try { filterPanels(); } catch (e) { /* the page works without it */ }
    try { scrollableCharts(); } catch (e) { /* scrolling still works */ }
    try { integrityFilters(); } catch (e) { /* every finding stays listed */ }
  });
})();
