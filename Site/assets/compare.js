/*
 * compare.js: choosing models in the catalogue and comparing them side by side.
 * Plain JavaScript, no fetch: the compare page embeds an index
 * (<script type="application/json" id="compare-data">, written by ComparePage.swift) of
 * [record id, data script] pairs, and each chosen model's data comes from its own script
 * (models/compare-data/<slug>.js, which files it under window.AdminCompareData[id]), so it
 * works from file:// too and only the chosen models are loaded. Both pages work without it
 * (the catalogue lists every model, the compare page says JavaScript is off and links every
 * model page).
 *
 * DOM contract:
 *  Catalogue (table#model-table):
 *    input.compare-pick[value=RECORD_ID]  one per row, `hidden` in the HTML, shown here.
 *    #compare-bar                         `hidden` in the HTML, shown here; holds
 *      a#compare-link                     href becomes compare.html?ids=a,b (2 to MAX picked);
 *                                         otherwise aria-disabled="true" and clicks do nothing.
 *      #compare-count                     "N picked" / what to do next.
 *    MAX is data-max on #compare-bar (default 4).
 *  Compare page (#compare-app[data-max][data-catalogue]):
 *    ?ids=a,b,c (comma-separated; repeated ids= parameters are joined too) names the models.
 *    #compare-messages gets one p.compare-message per problem (unknown ids, too many, too few);
 *    #compare-view gets the comparison: table#compare-overview, table#compare-parameters,
 *    table#compare-rules and one section per model with its price matrices (.compare-matrices).
 *
 * Exposed for the browser tests as window.AdminCompare = {ids: [...], shown: [...],
 * unknown: [...], failed: [...], ready: true once the page is drawn}.
 */
(function () {
  "use strict";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function readIds() {
    var params;
    try { params = new URLSearchParams(window.location.search); } catch (e) { return []; }
    var ids = [];
    params.getAll("ids").forEach(function (v) {
      v.split(",").forEach(function (id) {
        id = id.trim();
        if (id && ids.indexOf(id) < 0) { ids.push(id); }
      });
    });
    return ids;
  }

  function compareHref(ids) {
    return "compare.html" + (ids.length ? "?ids=" + ids.map(encodeURIComponent).join(",") : "");
  }

  /* ------------------------------------------------------------ catalogue */

  function enhanceCatalogue(table) {
    var bar = document.getElementById("compare-bar");
    var link = document.getElementById("compare-link");
    var count = document.getElementById("compare-count");
    if (!bar || !link) { return; }
    var max = Number(bar.getAttribute("data-max")) || 4;
    var boxes = Array.prototype.slice.call(table.querySelectorAll("input.compare-pick"));
    boxes.forEach(function (b) { b.hidden = false; });
    bar.hidden = false;

    function picked() {
      return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    }

    function update() {
      var ids = picked();
      var ok = ids.length >= 2 && ids.length <= max;
      link.setAttribute("href", compareHref(ids));
      link.setAttribute("aria-disabled", ok ? "false" : "true");
      link.classList.toggle("disabled", !ok);
      link.textContent = "Compare" + (ids.length ? " (" + ids.length + ")" : "");
      if (count) {
        count.textContent = ids.length === 0 ? "Tick 2 to " + max + " models to compare them."
          : ids.length === 1 ? "1 model picked: tick at least one more."
          : ids.length > max ? ids.length + " models picked: a comparison shows at most " + max + "."
          : ids.length + " models picked.";
      }
    }

    link.addEventListener("click", function (ev) {
      if (link.getAttribute("aria-disabled") === "true") { ev.preventDefault(); }
    });
    boxes.forEach(function (b) { b.addEventListener("change", update); });
    update();
  }

  /* --------------------------------------------------------- compare page */

  function table(id, caption, headers, rows) {
    var thead = el("thead", null, [el("tr", null, headers.map(function (h, i) {
      // Header nodes are shared by the three tables: each gets its own copy.
      return el("th", { scope: "col" }, [typeof h === "string" ? h : h.cloneNode(true)]);
    }))]);
    var tbody = el("tbody", null, rows.map(function (r) {
      return el("tr", null, [el("th", { scope: "row" }, [r[0]])].concat(r.slice(1).map(function (c) {
        return el("td", null, [c]);
      })));
    }));
    var t = el("table", { "class": "data compare-table", id: id }, [el("caption", { text: caption }), thead, tbody]);
    return el("div", { "class": "table-wrap", tabindex: "0", role: "region", "aria-label": caption }, [t]);
  }

  function matrixTable(m, model) {
    var head = [];
    if (m.columnAxis) {
      head.push(el("tr", null, [el("td"), el("th", { scope: "colgroup", colspan: String(m.columns.length), "class": "axis", text: m.columnAxis })]));
    }
    head.push(el("tr", null, [el("th", { scope: "col", text: m.corner })].concat(m.columns.map(function (c) {
      return el("th", { scope: "col", text: c });
    }))));
    var body = m.rows.map(function (r) {
      return el("tr", null, [el("th", { scope: "row", text: r.label })].concat(r.cells.map(function (c) {
        var td = el("td", { "class": "num", "data-value": c.raw, text: c.text });
        if (c.error) { td.setAttribute("title", c.error); td.className = "num muted"; }
        return td;
      })));
    });
    var id = "compare-" + model.id.replace(/[^A-Za-z0-9_-]/g, "_") + "-" + m.tableId;
    var t = el("table", { "class": "matrix", id: id }, [
      el("caption", { id: id + "-caption", text: m.caption }), el("thead", null, head), el("tbody", null, body)
    ]);
    return el("div", { "class": "table-wrap", tabindex: "0", role: "region", "aria-labelledby": id + "-caption" }, [t]);
  }

  function renderCompare(app) {
    var messages = document.getElementById("compare-messages");
    var view = document.getElementById("compare-view");
    var script = document.getElementById("compare-data");
    var max = Number(app.getAttribute("data-max")) || 4;
    var catalogue = app.getAttribute("data-catalogue") || "index.html";
    var data;
    try { data = JSON.parse(script.textContent); } catch (e) { data = { error: String(e) }; }
    function say(kind, parts) {
      messages.appendChild(el("p", { "class": "compare-message notice " + kind }, parts));
    }
    var ids = readIds();
    var api = { ids: ids, shown: [], unknown: [], failed: [], ready: false };
    window.AdminCompare = api;
    if (!data || !data.models) {
      say("error", ["The comparison data could not be read: " + (data && data.error || "unknown error") + "."]);
      api.ready = true;
      return;
    }
    var srcById = {};
    data.models.forEach(function (m) { srcById[m[0]] = m[1]; });
    var known = ids.filter(function (id) { return Object.prototype.hasOwnProperty.call(srcById, id); });
    api.unknown = ids.filter(function (id) { return !Object.prototype.hasOwnProperty.call(srcById, id); });
    if (api.unknown.length) {
      say("error", [(api.unknown.length === 1 ? "No model has the record ID " : "No model has these record IDs: ")
        + api.unknown.map(function (x) { return "“" + x + "”"; }).join(", ") + "; "
        + (api.unknown.length === 1 ? "it is" : "they are") + " left out. ",
        el("a", { href: catalogue, text: "Pick models in the catalogue" }), "."]);
    }
    if (known.length > max) {
      say("warning", ["You asked for " + known.length + " models; a comparison shows at most " + max
        + ", so only the first " + max + " are shown. ",
        el("a", { href: compareHref(known.slice(0, max)), text: "Keep the first " + max }), "."]);
      known = known.slice(0, max);
    }
    if (known.length < 2) {
      say("info", [(known.length === 0 ? "No model chosen yet. " : "Only one model chosen. ")
        + "Tick 2 to " + max + " models in the ", el("a", { href: catalogue, text: "catalogue" }),
        ", then follow “Compare”."]);
      if (known.length === 0) { api.ready = true; return; }
    }
    loadScripts(known.map(function (id) { return srcById[id]; }), function () {
      var store = window.AdminCompareData || {};
      api.failed = known.filter(function (id) { return !store[id]; });
      if (api.failed.length) {
        say("error", ["The comparison data of " + api.failed.map(function (x) { return "“" + x + "”"; }).join(", ")
          + " could not be loaded, so " + (api.failed.length === 1 ? "it is" : "they are") + " left out. ",
          el("a", { href: catalogue, text: "Open the model pages from the catalogue" }), "."]);
      }
      var loaded = known.filter(function (id) { return store[id]; });
      if (loaded.length) { draw(view, loaded.map(function (id) { return store[id]; }), loaded, data.unit || "tokens"); }
      api.shown = loaded;
      api.ready = true;
    });
  }

  /* Loads each script once, in parallel; `done` runs when every one has loaded or failed. */
  function loadScripts(srcs, done) {
    var left = srcs.length;
    if (!left) { done(); return; }
    srcs.forEach(function (src) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = s.onerror = function () { left -= 1; if (left === 0) { done(); } };
      document.head.appendChild(s);
    });
  }

  function draw(view, models, known, unit) {

    var heads = models.map(function (m) {
      var rest = known.filter(function (x) { return x !== m.id; });
      return el("span", null, [el("a", { href: m.href, text: m.name }), " ",
        el("a", { "class": "compare-remove", href: compareHref(rest), "aria-label": "Remove " + m.name + " from the comparison", text: "(remove)" })]);
    });
    function row(label, pick) { return [label].concat(models.map(function (m) { return pick(m); })); }
    var overview = [
      row("Base cost (" + unit + ")", function (m) { return m.baseCost; }),
      row("At defaults (" + unit + ")", function (m) { return m.atDefaults; }),
      row("Range (" + unit + ")", function (m) { return m.range; }),
      row("Unit price", function (m) { return m.unitPrice; }),
      row("Rule", function (m) { return m.summary; })
    ];
    var labels = [];
    models.forEach(function (m) { m.config.forEach(function (c) { if (labels.indexOf(c[0]) < 0) { labels.push(c[0]); } }); });
    labels.forEach(function (label) {
      overview.push(row(label, function (m) {
        for (var i = 0; i < m.config.length; i++) { if (m.config[i][0] === label) { return m.config[i][1]; } }
        return "—";
      }));
    });
    view.appendChild(el("h2", { id: "compare-overview-heading", text: "Overview" }));
    view.appendChild(table("compare-overview", "Configuration and prices", ["Field"].concat(heads), overview));

    var names = [];
    models.forEach(function (m) { m.parameters.forEach(function (p) { if (names.indexOf(p[0]) < 0) { names.push(p[0]); } }); });
    var paramRows = names.map(function (name) {
      return row(name, function (m) {
        for (var i = 0; i < m.parameters.length; i++) {
          var p = m.parameters[i];
          if (p[0] === name) {
            return p[1] + "; default " + p[2] + "; " + p[3] + (p[4] ? " ★ moves the price" : "");
          }
        }
        return "— (not a parameter)";
      });
    });
    view.appendChild(el("h2", { id: "compare-parameters-heading", text: "Parameters" }));
    if (paramRows.length) {
      view.appendChild(table("compare-parameters", "Parameters: type, default, allowed values (★ moves the price)", ["Parameter"].concat(heads), paramRows));
    } else {
      view.appendChild(el("p", { "class": "muted", text: "None of these models takes parameters." }));
    }

    var steps = 0;
    models.forEach(function (m) { steps = Math.max(steps, m.rule.length); });
    var ruleRows = [];
    for (var s = 0; s < steps; s++) {
      ruleRows.push(row("Step " + (s + 1), function (m) {
        var st = m.rule[s];
        if (!st) { return "—"; }
        return st[0] + (st[1] ? ": " + st[1] : "") + (st[2] ? " (" + st[2] + ")" : "");
      }));
    }
    view.appendChild(el("h2", { id: "compare-rules-heading", text: "Pricing rules, step by step" }));
    view.appendChild(table("compare-rules", "Each rule in the order it applies", ["Step"].concat(heads), ruleRows));

    view.appendChild(el("h2", { id: "compare-matrices-heading", text: "Price matrices" }));
    var grid = el("div", { "class": "compare-matrices" }, models.map(function (m) {
      var parts = [el("h3", null, [el("a", { href: m.href, text: m.name })])];
      if (!m.matrices.length) {
        parts.push(el("p", { "class": "muted", text: "The price does not move with any listed parameter: " + m.atDefaults + " " + unit + " per call." }));
      }
      m.matrices.forEach(function (mx) { parts.push(matrixTable(mx, m)); });
      return el("section", { "class": "compare-model", "aria-label": m.name }, parts);
    }));
    view.appendChild(grid);
  }

  function start() {
    try {
      var catalogue = document.getElementById("model-table");
      if (catalogue) { enhanceCatalogue(catalogue); }
      var app = document.getElementById("compare-app");
      if (app) { renderCompare(app); }
    } catch (err) {
      if (window.console && console.warn) { console.warn("compare.js:", err); }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
