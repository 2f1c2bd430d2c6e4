#!/usr/bin/env python3
"""One-off port of the model catalogue (models.json) into Swift model files.

This script was used ONCE to port the platform's catalogue into the registry. Afterwards the
Swift files under Sources/ModelRegistry/Models/ are the source of truth: the product never
reads the JSON, and models are added or changed by editing (or adding) a Swift file. The
script stays re-runnable, for review and for re-porting a fresh export, but re-running it
OVERWRITES the model files it generates and AllModels.swift: hand edits to those files are
lost (review `git diff` afterwards).

Usage:
    python3 Tools/port-catalogue.py [path/to/models.json]

The default input is the repository's copy, Tests/ModelRegistryTests/Fixtures/models.json.

What it writes:
  * one file per model: Sources/ModelRegistry/Models/<contentType>/<UpperCamelName>.swift,
    declaring `extension Models { public static let <lowerCamelName> = ModelDefinition(...) }`;
  * Sources/ModelRegistry/Models/AllModels.swift, one line per model.

Naming: the UpperCamel form of `modelName` ("+" reads "Plus"). Two models of one content type
with the same name get their provider appended, or, if that still collides, the name of their
upstream file. Swift needs unique file names in a module, so a name used in several content
types gets a content-type suffix ("Editing", "PromptToImage", ...) everywhere it occurs.

Porting rules (see SPEC.md):
  * numbers are read with parse_float=decimal.Decimal and written as string literals
    ("1.16666") or `.number("0.7")`, so no digit passes through binary floating point;
  * schema properties keep the catalogue's order; `x-order` becomes `displayOrder:`;
  * `valueNotInTable` becomes `otherwise:`; a null `whenAbsent` is omitted; a `whenAbsent`
    written as "4" for a parameter whose enum value is 4 is written as that enum value
    (the price is the same: table keys match "4" and 4 alike);
  * the rounding "2 decimals, half away from zero, after multiplying" becomes `.cents`;
  * the catalogue's legacy `config.costMultipliers` are NOT ported: `pricing` is what the
    platform charged (the observed costs confirm it); where the two disagree the model file
    says so in a comment.
Special cases, each explained in the generated file (comment and/or `notes:`):
  * a pricing factor on a parameter the schema lacks (Qwen Image Editor) is dropped: it can
    never apply, and the observed costs confirm it never did;
  * a `string` property whose enum and default are all integers (Google Imagen 4, Imagen 4
    Fast `num_images`) is ported as `integer`: the platform sends and prices integers;
  * a table key outside the enum (runware upscale, key 3) is kept, and commented as dead.
Before writing anything, the script re-prices every observed cost with the ported rule and
stops if one is not reproduced.
"""

import decimal
import json
import os
import re
import sys
import textwrap
from collections import OrderedDict
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_INPUT = os.path.join(ROOT, "Tests", "ModelRegistryTests", "Fixtures", "models.json")
MODELS_DIR = os.path.join(ROOT, "Sources", "ModelRegistry", "Models")

PROVIDERS = {"kie_ai": ".kieAI", "runware": ".runware", "lovable_ai_sync": ".lovableAISync"}
PROVIDER_SUFFIX = {"kie_ai": "KieAI", "runware": "Runware", "lovable_ai_sync": "LovableAI"}
CONTENT_TYPES = OrderedDict([
    ("prompt_to_image", (".promptToImage", "prompt to image", "PromptToImage")),
    ("image_editing", (".imageEditing", "image editing", "Editing")),
    ("prompt_to_video", (".promptToVideo", "prompt to video", "PromptToVideo")),
    ("image_to_video", (".imageToVideo", "image to video", "ImageToVideo")),
    ("prompt_to_audio", (".promptToAudio", "prompt to audio", "PromptToAudio")),
])
PAYLOADS = {"flat": ".flat", "wrapper": ".wrapper", "direct": ".direct"}
ROUNDINGS = {"2 decimals, half away from zero, after multiplying": ".cents"}
PROPERTY_TYPES = {"string", "integer", "number", "boolean", "array", "object"}
# SchemaProperty's initializer arguments, in its parameter order.
PROPERTY_KEYS = ["type", "default", "enum", "minimum", "maximum", "maxLength", "title",
                 "description", "renderer", "format", "items", "showToUser"]
SCHEMA_KEYS = {"properties", "required", "type", "imageInputField", "x-order", "usePromptRenderer"}
INDENT = "    "
INDENT_WIDTH = len(INDENT)
MAX_LINE = 120
COMMENT_LINE = 104


class PortError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Swift literals

def swift_string(text):
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%X}" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def is_number(value):
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def decimal_text(value):
    """The number's digits as written in the catalogue (plain notation)."""
    if not is_number(value):
        raise PortError("expected a number, found %r" % (value,))
    if isinstance(value, int):
        return str(value)
    text = format(value, "f")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise PortError("cannot write %r as a decimal literal" % (value,))
    return text


def exact_decimal(value):
    """An `ExactDecimal` argument: always a string literal."""
    return '"%s"' % decimal_text(value)


def parameter_value(value):
    """A `ParameterValue` literal; non-integral numbers as `.number("0.7")`."""
    if value is None:
        return ".null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return '.number("%s")' % decimal_text(value)
    if isinstance(value, str):
        return swift_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(parameter_value(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "[:]"
        return "[" + ", ".join("%s: %s" % (swift_string(k), parameter_value(v)) for k, v in value.items()) + "]"
    raise PortError("unsupported JSON value %r" % (value,))


def table_key(value):
    """The key a value finds in a pricing table (mirrors `ValueTable`): "5" and 5 alike."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if is_number(value):
        return canonical_number(Decimal(value))
    if isinstance(value, str):
        try:
            if re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
                return canonical_number(Decimal(value))
        except decimal.InvalidOperation:
            pass
        return value
    return None


def canonical_number(d):
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# ---------------------------------------------------------------------------------------------
# Names

def name_words(name):
    return [w for w in re.split(r"[^A-Za-z0-9]+", name.replace("+", " Plus ")) if w]


def upper_camel(name):
    return "".join(w[0].upper() + w[1:] for w in name_words(name))


def lower_camel(name):
    run = 0
    while run < len(name) and name[run].isupper():
        run += 1
    if run == 0:
        return name
    if run == 1 or run == len(name) or not name[run].islower():
        return name[:run].lower() + name[run:]
    # "URLSession" → "urlSession": the last capital starts the next word.
    return name[:run - 1].lower() + name[run - 1:]


def assign_names(models):
    """file base name (also the UpperCamel identifier) for each model, unique in the module."""
    names = [upper_camel(m["config"]["modelName"]) for m in models]
    # 1. Same name twice in one content type: the provider, then the upstream file, decides.
    for attempt in ("provider", "upstream"):
        groups = {}
        for i, m in enumerate(models):
            groups.setdefault((m["config"]["contentType"], names[i].lower()), []).append(i)
        for members in groups.values():
            if len(members) < 2:
                continue
            for i in members:
                m = models[i]
                if attempt == "provider":
                    names[i] = names[i] + PROVIDER_SUFFIX[m["config"]["provider"]]
                else:
                    stem = os.path.splitext(os.path.basename(m.get("upstreamPath") or ""))[0]
                    if not stem:
                        raise PortError("cannot disambiguate %s" % m["config"]["modelName"])
                    names[i] = "".join(w[0].upper() + w[1:] for w in name_words(stem))
    # 2. One name in several content types: Swift wants unique file names per module.
    by_name = {}
    for i, n in enumerate(names):
        by_name.setdefault(n.lower(), []).append(i)
    for members in by_name.values():
        if len(members) > 1:
            for i in members:
                names[i] += CONTENT_TYPES[models[i]["config"]["contentType"]][2]
    lowered = [n.lower() for n in names]
    if len(set(lowered)) != len(lowered) or set(lowered) & {"models", "allmodels"}:
        raise PortError("model names are not unique: %s" % sorted(names))
    return names


# ---------------------------------------------------------------------------------------------
# The port of one model

class Port:
    """One model's Swift source, built from its catalogue entry."""

    def __init__(self, model, type_name):
        self.model = model
        self.config = model["config"]
        self.type_name = type_name
        self.identifier = lower_camel(type_name)
        self.notes = []
        self.property_comments = {}   # property name → comment lines
        self.factor_comments = {}     # factor index → comment lines
        self.pricing_comments = []
        self.property_types = {}      # property name → ported type
        self.factors = []             # (catalogue factor, index) kept
        self.analyse()

    # -- analysis ---------------------------------------------------------------------------

    def analyse(self):
        schema = self.model["inputSchema"]
        unknown = set(schema) - SCHEMA_KEYS
        if unknown:
            raise PortError("%s: unknown schema keys %s" % (self.config["modelName"], sorted(unknown)))
        if schema.get("type", "object") != "object":
            raise PortError("%s: schema type is not object" % self.config["modelName"])
        props = schema["properties"]
        for name, p in props.items():
            extra = set(p) - set(PROPERTY_KEYS)
            if extra:
                raise PortError("%s.%s: unknown property keys %s" % (self.config["modelName"], name, sorted(extra)))
            if p.get("type") not in PROPERTY_TYPES:
                raise PortError("%s.%s: unknown type %r" % (self.config["modelName"], name, p.get("type")))
            ported = p["type"]
            values = list(p.get("enum") or []) + ([p["default"]] if "default" in p else [])
            if ported == "string" and p.get("enum") and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                ported = "integer"
                self.property_comments[name] = [
                    "The catalogue types `%s` as string, but its enum and default are integers and the "
                    "platform sends and prices integers (the observed costs): ported as integer." % name,
                ]
                self.notes.append(
                    "`%s` is typed string in the catalogue although its enum and default are integers; "
                    "ported as integer, which is what the platform sends and prices." % name)
            self.property_types[name] = ported

        rounding = self.model["pricing"].get("rounding")
        if rounding is not None and rounding not in ROUNDINGS:
            raise PortError("%s: unknown rounding %r" % (self.config["modelName"], rounding))
        if set(self.model["pricing"]) - {"factors", "rounding"}:
            raise PortError("%s: unknown pricing keys" % self.config["modelName"])

        dropped = []
        for index, f in enumerate(self.model["pricing"]["factors"]):
            allowed = {"multiplier": {"kind", "parameter", "table", "valueNotInTable", "whenAbsent"},
                       "perUnit": {"kind", "parameter", "whenAbsent"}}.get(f["kind"])
            if allowed is None or set(f) - allowed:
                raise PortError("%s: unsupported factor %r" % (self.config["modelName"], f))
            if f["parameter"] not in props:
                dropped.append(f)
                continue
            self.factors.append((f, index))
            comments = []
            prop = props[f["parameter"]]
            if f["kind"] == "multiplier":
                enum_keys = [table_key(v) for v in prop.get("enum") or []]
                dead = [k for k in f["table"] if enum_keys and table_key(k) not in enum_keys]
                if dead:
                    comments.append(
                        "Table key%s %s %s not among the enum values (dead entr%s, kept from the catalogue; "
                        "the integrity check reports it as a warning)."
                        % ("s" if len(dead) > 1 else "", ", ".join(dead), "are" if len(dead) > 1 else "is",
                           "ies" if len(dead) > 1 else "y"))
                if f.get("whenAbsent") is None and "default" in prop:
                    factor = f["table"].get(table_key(prop["default"]), f.get("valueNotInTable"))
                    if factor is not None and Decimal(factor) != 1:
                        comments.append(
                            "No whenAbsent: a call that omits `%s` pays ×1, although the schema's default %s "
                            "costs ×%s (the observed costWithNoInputs and costAtDefaults confirm both)."
                            % (f["parameter"], parameter_value(prop["default"]), decimal_text(factor)))
            if comments:
                self.factor_comments[index] = comments

        if dropped:
            params = " and ".join("`%s`" % f["parameter"] for f in dropped)
            several = len(dropped) > 1
            self.pricing_comments.append(
                "The catalogue's pricing also multiplies by %s, which this model's schema does not have: "
                "a call cannot give %s, so %s never applied (the observed costs are the base cost for "
                "every input). Ported without %s."
                % (params, "them" if several else "it", "those factors" if several else "that factor",
                   "them" if several else "it"))
            self.notes.append(
                "The catalogue prices this model on %s, which its input schema lacks; those factors "
                "can never apply (the observed costs confirm it), so the model is ported without them."
                % " and ".join("`%s`" % f["parameter"] for f in dropped))

        legacy = self.config.get("costMultipliers") or {}
        if legacy:
            covered = {f["parameter"] for f in dropped}
            differing = self.legacy_differences(
                OrderedDict((k, v) for k, v in legacy.items() if k not in covered), props)
            if differing:
                kept = [f for f, _ in self.factors]
                if not kept and not dropped:
                    self.pricing_comments.append(
                        "The catalogue's legacy `costMultipliers` (%s) are not applied: the pricing rule "
                        "is flat, and the observed costs confirm it." % differing)
                else:
                    self.pricing_comments.append(
                        "The catalogue's legacy `costMultipliers` (%s) differ from its pricing rule; this "
                        "follows the pricing rule, which the observed costs confirm." % differing)

    def legacy_differences(self, legacy, props):
        """The legacy multipliers whose effect differs from the ported rule, as text."""
        rule = {}
        for f, _ in self.factors:
            if f["kind"] == "multiplier":
                rule[f["parameter"]] = (f["table"], f.get("valueNotInTable"))
            else:
                rule[f["parameter"]] = None
        parts = []
        for param, table in legacy.items():
            if param in rule and rule[param] is None:
                continue
            ported_table, otherwise = rule.get(param, ({}, None))
            keys = list(table) + [k for k in ported_table if k not in table]
            diffs = []
            for k in keys:
                old = Decimal(table.get(k, 1))
                new = ported_table.get(k)
                new = Decimal(new) if new is not None else Decimal(otherwise if otherwise is not None else 1)
                if old != new:
                    diffs.append("%s → ×%s" % (k, decimal_text(table.get(k, 1))))
            if diffs:
                parts.append("%s: %s" % (param, ", ".join(diffs)))
        return "; ".join(parts)

    # -- output -----------------------------------------------------------------------------

    def when_absent(self, value, prop):
        """A whenAbsent written as "4" for the enum value 4 becomes that enum value."""
        if value is None:
            return None
        candidates = list(prop.get("enum") or [])
        if "default" in prop:
            candidates.append(prop["default"])
        for c in candidates:
            if table_key(c) == table_key(value):
                return c
        return value

    def property_line(self, name, p):
        args = [swift_string(name), "type: .%s" % self.property_types[name]]
        for key in PROPERTY_KEYS[1:]:
            if key not in p:
                continue
            v = p[key]
            if key == "default":
                args.append("default: %s" % parameter_value(v))
            elif key == "enum":
                args.append("enum: [%s]" % ", ".join(parameter_value(e) for e in v))
            elif key in ("minimum", "maximum"):
                args.append("%s: %s" % (key, exact_decimal(v)))
            elif key == "maxLength":
                args.append("maxLength: %d" % v)
            elif key in ("title", "description", "renderer", "format"):
                args.append("%s: %s" % (key, swift_string(v)))
            elif key == "items":
                if set(v) - {"type", "format"} or v.get("type") not in PROPERTY_TYPES:
                    raise PortError("%s.%s: unsupported items %r" % (self.config["modelName"], name, v))
                items = "ItemsSchema(type: .%s" % v["type"]
                if "format" in v:
                    items += ", format: %s" % swift_string(v["format"])
                args.append("items: " + items + ")")
            elif key == "showToUser":
                args.append("showToUser: %s" % ("true" if v else "false"))
        return args

    def factor_line(self, f):
        """The factor as (call head, arguments)."""
        prop = self.model["inputSchema"]["properties"][f["parameter"]]
        absent = self.when_absent(f.get("whenAbsent"), prop)
        args = [swift_string(f["parameter"])]
        if f["kind"] == "perUnit":
            if absent is not None:
                args.append("whenAbsent: %s" % parameter_value(absent))
            return ".perUnit", args
        entries = list(f["table"].items())
        keys = [k for k, _ in entries]
        if all(re.fullmatch(r"-?\d+(\.\d+)?", k) for k in keys):
            entries.sort(key=lambda e: Decimal(e[0]))
        else:
            enum_keys = [table_key(v) for v in prop.get("enum") or []]
            entries.sort(key=lambda e: enum_keys.index(table_key(e[0])) if table_key(e[0]) in enum_keys else len(enum_keys))
        args.append("[" + ", ".join("%s: %s" % (swift_string(k), exact_decimal(v)) for k, v in entries) + "]")
        if absent is not None:
            args.append("whenAbsent: %s" % parameter_value(absent))
        if f.get("valueNotInTable") is not None:
            args.append("otherwise: %s" % exact_decimal(f["valueNotInTable"]))
        return ".multiplier", args

    def swift(self):
        c = self.config
        ct = CONTENT_TYPES[c["contentType"]]
        lines = ["import TokenPricing", "", "extension Models {"]
        family = " (%s)" % c["modelFamily"] if c.get("modelFamily") else ""
        lines.append("%s/// %s%s — %s, %s." % (INDENT, c["modelName"], family, c["provider"], ct[1]))
        lines.append("%spublic static let %s = ModelDefinition(" % (INDENT, self.identifier))
        i2, i3, i4 = INDENT * 2, INDENT * 3, INDENT * 4

        # config
        lines.append(i2 + "config: ModelConfig(")
        fields = [
            ("recordId", swift_string(c["recordId"])),
            ("modelId", swift_string(c["modelId"])),
            ("modelName", swift_string(c["modelName"])),
            ("provider", PROVIDERS[c["provider"]]),
            ("contentType", ct[0]),
            ("baseTokenCost", exact_decimal(c["baseCreditCost"])),
            ("estimatedTimeSeconds", str(int(c["estimatedTimeSeconds"]))),
            ("isActive", "true" if c["isActive"] else "false"),
        ]
        optional = [
            ("modelFamily", swift_string), ("variantName", swift_string),
            ("displayOrderInFamily", lambda v: str(int(v))), ("maxImages", lambda v: str(int(v))),
            ("defaultOutputs", lambda v: str(int(v))), ("apiEndpoint", swift_string),
            ("payloadStructure", lambda v: PAYLOADS[v]), ("logoUrl", swift_string),
        ]
        for key, write in optional:
            if c.get(key) is not None:
                fields.append((key, write(c[key])))
        known = {k for k, _ in fields} | {"baseCreditCost", "costMultipliers"}
        if set(c) - known - {k for k, _ in optional}:
            raise PortError("%s: unknown config keys %s" % (c["modelName"], sorted(set(c) - known)))
        for n, (key, value) in enumerate(fields):
            lines.append("%s%s: %s%s" % (i3, key, value, "," if n < len(fields) - 1 else ""))
        lines.append(i2 + "),")

        # input schema
        schema = self.model["inputSchema"]
        lines.append(i2 + "inputSchema: InputSchema(")
        schema_args = []
        prop_lines = [i3 + "properties: ["]
        for name, p in schema["properties"].items():
            prop_lines += comment_lines(self.property_comments.get(name, []), i4)
            prop_lines += call_lines(("SchemaProperty", self.property_line(name, p)), i4)
        prop_lines.append(i3 + "]")
        schema_args.append(prop_lines)
        if schema.get("required"):
            schema_args.append([i3 + "required: [%s]" % ", ".join(swift_string(r) for r in schema["required"])])
        if "imageInputField" in schema:
            schema_args.append([i3 + "imageInputField: %s" % swift_string(schema["imageInputField"])])
        if "x-order" in schema:
            schema_args.append([i3 + "displayOrder: [%s]" % ", ".join(swift_string(r) for r in schema["x-order"])])
        if "usePromptRenderer" in schema:
            schema_args.append([i3 + "usePromptRenderer: %s" % ("true" if schema["usePromptRenderer"] else "false")])
        for n, arg in enumerate(schema_args):
            if n < len(schema_args) - 1:
                arg[-1] += ","
            lines += arg
        lines.append(i2 + "),")

        # pricing
        lines += comment_lines(self.pricing_comments, i2)
        rounding = self.model["pricing"].get("rounding")
        if not self.factors and rounding is None:
            lines.append(i2 + "pricing: .flat" + ("," if self.notes else ""))
        else:
            lines.append(i2 + "pricing: PricingRule(")
            rule_args = []
            if self.factors:
                block = [i3 + "factors: ["]
                for f, index in self.factors:
                    block += comment_lines(self.factor_comments.get(index, []), i4)
                    block += call_lines(self.factor_line(f), i4)
                block.append(i3 + "]")
                rule_args.append(block)
            if rounding is not None:
                rule_args.append([i3 + "rounding: " + ROUNDINGS[rounding]])
            for n, arg in enumerate(rule_args):
                if n < len(rule_args) - 1:
                    arg[-1] += ","
                lines += arg
            lines.append(i2 + ")" + ("," if self.notes else ""))
        if self.notes:
            lines += notes_lines(" ".join(self.notes), i2)
        lines.append(INDENT + ")")
        lines.append("}")
        return "\n".join(lines) + "\n"


def notes_lines(text, indent):
    """`notes:` as a multi-line string literal whose lines join with spaces (no newlines)."""
    literal = swift_string(text)[1:-1]
    if '"""' in literal:
        raise PortError("notes cannot hold three quotes")
    wrapped = textwrap.wrap(literal, width=COMMENT_LINE - len(indent) - INDENT_WIDTH - 2,
                            break_long_words=False, break_on_hyphens=False)
    out = [indent + 'notes: """']
    for n, line in enumerate(wrapped):
        out.append(indent + INDENT + line + (" \\" if n < len(wrapped) - 1 else ""))
    out.append(indent + INDENT + '"""')
    return out


def call_lines(call, indent):
    """`name(args)` followed by a comma; over several lines when too long."""
    head, args = call
    one = indent + head + "(" + ", ".join(args) + "),"
    if len(one) <= MAX_LINE:
        return [one]
    return [indent + head + "("] + wrap_arguments(args, indent + INDENT) + [indent + "),"]


def comment_lines(paragraphs, indent):
    """`//` comments, each paragraph wrapped to the line length."""
    out = []
    for text in paragraphs:
        for line in textwrap.wrap(text, width=COMMENT_LINE - len(indent) - 3, break_long_words=False,
                                  break_on_hyphens=False):
            out.append(indent + "// " + line)
    return out


def wrap_arguments(args, indent):
    """Arguments over several lines, packed up to MAX_LINE, long ones alone."""
    out, current = [], ""
    for n, arg in enumerate(args):
        piece = arg + ("," if n < len(args) - 1 else "")
        if current and len(indent) + len(current) + 1 + len(piece) > MAX_LINE:
            out.append(indent + current)
            current = piece
        else:
            current = piece if not current else current + " " + piece
    if current:
        out.append(indent + current)
    return out


# ---------------------------------------------------------------------------------------------
# A check of the port against the observed costs, before anything is written

def price(port, inputs):
    amount = Decimal(port.config["baseCreditCost"])
    for f, _ in port.factors:
        value = inputs.get(f["parameter"], f.get("whenAbsent"))
        if value is None:
            continue
        if f["kind"] == "multiplier":
            key = table_key(value)
            table = {table_key(k): v for k, v in f["table"].items()}
            factor = table.get(key, f.get("valueNotInTable"))
            if factor is None:
                raise PortError("%s: no price for %s = %r" % (port.config["modelName"], f["parameter"], value))
            amount *= Decimal(factor)
        else:
            amount *= Decimal(table_key(value))
    if port.model["pricing"].get("rounding"):
        amount = amount.quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_UP)
    return amount


def check_observed(port):
    observed = port.model["observedCosts"]
    defaults = observed["inputsAtDefaults"]
    cases = [(defaults, observed["costAtDefaults"]), ({}, observed["costWithNoInputs"])]
    for change in observed["oneParameterChanged"]:
        inputs = dict(defaults)
        inputs[change["field"]] = change["value"]
        cases.append((inputs, change["cost"]))
    for inputs, cost in cases:
        got = price(port, inputs)
        if got != Decimal(cost):
            raise PortError("%s: the ported rule gives %s for %r, observed %s"
                            % (port.config["modelName"], got, inputs, cost))
    return len(cases)


# ---------------------------------------------------------------------------------------------

def all_models_swift(ports):
    lines = [
        "extension Models {",
        "    /// Every model of the registry. Adding a model: add its file, then one line here",
        "    /// (`admin-site new-model` does both). A test fails when a model file is not listed.",
        "    public static let all: [ModelDefinition] = [",
    ]
    for port in ports:
        lines.append("        %s," % port.identifier)
    lines += ["    ]", "}"]
    return "\n".join(lines) + "\n"


def main(argv):
    source = argv[1] if len(argv) > 1 else DEFAULT_INPUT
    with open(source, encoding="utf-8") as f:
        catalogue = json.load(f, parse_float=Decimal, object_pairs_hook=OrderedDict)
    models = catalogue["models"]
    for m in models:
        c = m["config"]
        if c["provider"] not in PROVIDERS:
            raise PortError("unknown provider %r: add it to Provider.swift and PROVIDERS" % c["provider"])
        if c["contentType"] not in CONTENT_TYPES:
            raise PortError("unknown content type %r: add it to ContentType.swift and CONTENT_TYPES" % c["contentType"])
        if c.get("payloadStructure") is not None and c["payloadStructure"] not in PAYLOADS:
            raise PortError("unknown payload structure %r" % c["payloadStructure"])
    names = assign_names(models)
    ports = [Port(m, n) for m, n in zip(models, names)]
    observations = sum(check_observed(p) for p in ports)

    order = list(CONTENT_TYPES)
    ports.sort(key=lambda p: (order.index(p.config["contentType"]), p.type_name))
    written = set()
    for port in ports:
        folder = os.path.join(MODELS_DIR, port.config["contentType"])
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, port.type_name + ".swift")
        with open(path, "w", encoding="utf-8") as f:
            f.write(port.swift())
        written.add(os.path.abspath(path))
    with open(os.path.join(MODELS_DIR, "AllModels.swift"), "w", encoding="utf-8") as f:
        f.write(all_models_swift(ports))

    stale = []
    for folder in order:
        directory = os.path.join(MODELS_DIR, folder)
        if os.path.isdir(directory):
            for name in sorted(os.listdir(directory)):
                path = os.path.abspath(os.path.join(directory, name))
                if name.endswith(".swift") and path not in written:
                    stale.append(os.path.relpath(path, ROOT))
    print("ported %d models (%d observed costs reproduced) into %s"
          % (len(ports), observations, os.path.relpath(MODELS_DIR, ROOT)))
    for port in ports:
        if port.notes or port.pricing_comments or port.factor_comments or port.property_comments:
            print("  special: %s/%s.swift" % (port.config["contentType"], port.type_name))
    if stale:
        print("warning: these model files are not from the catalogue and are no longer in AllModels.swift:")
        for path in stale:
            print("  " + path)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except PortError as error:
        print("port-catalogue: %s" % error, file=sys.stderr)
        sys.exit(2)
