#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora and dictionaries from the repository's own data.

Usage: python3 Tools/fuzz-seeds.py OUT_DIR

Writes OUT_DIR/<Harness>/<sha1> seed files and OUT_DIR/<Harness>.dict for each harness:
- FuzzPriceRequests: NDJSON requests built from the registry's record ids and schema
  defaults/enums (read from Sources/ModelRegistry/Models), Site/templates.json's template ids
  and templates (inline), and the examples in Docs/USING-THE-PRICING-LIBRARY.md.
- FuzzTemplateCatalog: Site/templates.json, a one-template catalogue per template, and the
  integrity test fixtures (Tests/IntegrityTests/Fixtures/Catalogues).
- FuzzMarkdownDocs: every Docs/**/*.md and README.md, whole and split at `## ` headings.
Seeds are named by content hash, so rerunning only adds what changed. Generated, not committed:
the repository stays small and the seeds follow the data. Crash inputs that became regression
tests are committed under Fuzz/Corpus/<Harness>/ and fuzz.sh adds those too.
"""
import hashlib
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write_seed(folder: pathlib.Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def write_dict(path: pathlib.Path, tokens) -> None:
    lines = []
    encoded = {t if isinstance(t, bytes) else t.encode("utf-8") for t in tokens}
    for token in sorted(encoded):
        escaped = "".join(chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else "\\x%02X" % b for b in token)
        lines.append('"%s"' % escaped)
    path.write_text("\n".join(lines) + "\n")


def compact(value) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


PROPERTY = re.compile(
    r'SchemaProperty\(\s*"(?P<name>[^"]+)",\s*type:\s*\.(?P<type>\w+)'
    r'(?:,\s*default:\s*(?P<default>"[^"]*"|[-\w.]+))?'
    r'(?:,\s*enum:\s*\[(?P<enum>[^\]]*)\])?'
)


def literal(text: str, kind: str):
    """A Swift literal from a model file as the JSON value a caller would send."""
    text = text.strip()
    if text.startswith('"'):
        return text[1:-1]
    if kind == "boolean":
        return text == "true"
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def models():
    """(record id, {parameter: default}, {parameter: last enum value}) per model file."""
    for path in sorted((ROOT / "Sources/ModelRegistry/Models").rglob("*.swift")):
        text = path.read_text()
        ids = re.findall(r'recordId:\s*"([^"]+)"', text)
        if not ids:
            continue
        defaults, extremes = {}, {}
        for match in PROPERTY.finditer(text):
            kind = match["type"]
            if match["default"]:
                defaults[match["name"]] = literal(match["default"], kind)
            if match["enum"]:
                values = [literal(v, kind) for v in match["enum"].split(",") if v.strip()]
                if values:
                    extremes[match["name"]] = values[-1]
            elif kind == "string" and match["name"] not in defaults:
                defaults[match["name"]] = "a red bicycle"
        yield ids[0], defaults, extremes


def price_requests(out: pathlib.Path, catalogue: dict) -> list:
    folder = out / "FuzzPriceRequests"
    lines = []
    for record_id, defaults, extremes in models():
        requests = [
            {"modelRecordId": record_id},
            {"modelRecordId": record_id, "parameters": defaults},
            {"modelRecordId": record_id, "parameters": {**defaults, **extremes}},
        ]
        for request in requests:
            write_seed(folder, compact(request).encode())
        lines.append(compact(requests[1]))
    for kind in ("contentTemplates", "workflowTemplates"):
        for template in catalogue.get(kind, []):
            by_id = {"templateId": template["id"], "userInputs": {}}
            inline = {kind[:-1]: template, "userInputs": {}}
            write_seed(folder, compact(by_id).encode())
            write_seed(folder, compact(inline).encode())
            lines.append(compact(by_id))
    docs = (ROOT / "Docs/USING-THE-PRICING-LIBRARY.md").read_text()
    for example in re.findall(r"`(\{\"(?:modelRecordId|templateId)\"[^`]*\})`", docs):
        write_seed(folder, example.encode())
        lines.append(example)
    # One multi-line stream, plus blank and broken lines, as `admin-site price` reads them.
    write_seed(folder, ("\n".join(lines[:40]) + "\n\n{\"modelRecordId\": 1}\r\n{not json\n").encode())
    return lines


def catalogues(out: pathlib.Path, raw: bytes, catalogue: dict) -> None:
    folder = out / "FuzzTemplateCatalog"
    write_seed(folder, raw)
    for kind in ("contentTemplates", "workflowTemplates"):
        for template in catalogue.get(kind, []):
            write_seed(folder, json.dumps({kind: [template]}, indent=2, ensure_ascii=False).encode())
    for fixture in sorted((ROOT / "Tests/IntegrityTests/Fixtures/Catalogues").glob("*.json")):
        write_seed(folder, fixture.read_bytes())


def markdown(out: pathlib.Path) -> list:
    folder = out / "FuzzMarkdownDocs"
    pages = sorted((ROOT / "Docs").rglob("*.md")) + [ROOT / "README.md"]
    for page in pages:
        data = page.read_bytes()
        write_seed(folder, data)
        for section in re.split(rb"\n(?=## )", data):
            write_seed(folder, section)
    return pages


def keys(value, found: set) -> set:
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            keys(item, found)
    elif isinstance(value, list):
        for item in value:
            keys(item, found)
    return found


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    raw = (ROOT / "Site/templates.json").read_bytes()
    catalogue = json.loads(raw)

    lines = price_requests(out, catalogue)
    catalogues(out, raw, catalogue)
    markdown(out)

    json_tokens = ["{", "}", "[", "]", ":", ",", '"', "true", "false", "null", "-0", "1e400", "0.1",
                   "1E-7", "\\u0000", "\\uD800", "\\\"", "9223372036854775808", "170141183460469231731687303715884105728"]
    key_tokens = ['"%s"' % k for k in keys(catalogue, set())]
    key_tokens += ['"%s"' % k for k in ("modelRecordId", "parameters", "templateId", "userInputs",
                                          "contentTemplate", "workflowTemplate")]
    ids = set()
    for record_id, defaults, extremes in models():
        ids.add('"%s"' % record_id)
        key_tokens += ['"%s"' % k for k in defaults] + ['"%s"' % k for k in extremes]
    for kind in ("contentTemplates", "workflowTemplates"):
        ids.update('"%s"' % t["id"] for t in catalogue.get(kind, []))
    write_dict(out / "FuzzPriceRequests.dict", json_tokens + key_tokens + list(ids))
    write_dict(out / "FuzzTemplateCatalog.dict", json_tokens + key_tokens + list(ids) + ["{{", "}}", "{{step"])
    write_dict(out / "FuzzMarkdownDocs.dict", [
        "# ", "## ", "###### ", "```", "~~~", "    ", "> ", "- ", "1. ", "* ", "---", "***", "\n", "\r\n",
        "[", "]", "](", ")", "![", "<", ">", "<!--", "-->", "&amp;", "&#x", "&#", ";", "`", "*", "_", "\\",
        "|", "| --- |", "[x]: ", "<https://", "javascript:", "vbscript:", "file:", "data:", "JaVaScRiPt:",
        "%20", "%", "#", "?", "./", "../", "/", ".md", ".MD", "README.md", "guide/page.md", "../README.md#start-here",
        "<script>", "<a href=", "<h1 id=", "é", b"\xff", b"\x00",
    ])
    print("seed corpora in %s: %s" % (out, ", ".join(
        "%s %d" % (d.name, len(list(d.iterdir()))) for d in sorted(out.iterdir()) if d.is_dir())))


if __name__ == "__main__":
    main()
