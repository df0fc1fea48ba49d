#!/usr/bin/python3
"""Sixth generator of true/false fixture cases for the Python analyzer: a
precision suite of program-structure and API-variant shapes the first five
generators lack, over the injection categories (sqli, nosqli, cmdi, codeinj,
pathtraver, xss, ssti, redirect, ssrf, xpath, ldap, deser, trustbound, and a
few xxe cases).

Every case is one small Flask, Django or FastAPI handler, truly vulnerable or
safe for a reason decided from the code alone, about half of each per
category. Two kinds:

- propagations (`param` -> `bar`, crossed with the true sinks of gen_cases3,
  each shape in three categories): values through class hierarchies (a base
  class method reading an attribute a subclass sets, super().__init__ with a
  transformed or constant value, template-method overrides, mixins, class
  attributes shadowed by or mutated through instances, super().get()),
  functools.cached_property, property setters that sanitize or not,
  classmethod factories, decorators that int() a keyword argument, only log,
  strip, or restrict the result to an allow-list, lru_cache, context managers
  (__enter__ returning the input or a constant, contextlib.contextmanager,
  nullcontext, suppress around int()), async helpers through asyncio.run,
  await, async generators and gather, walrus inside comprehensions, dict and
  set comprehensions (a dict keyed by the input), map/filter with lambdas,
  enumerate, zip(*), reversed(), sorted() of tuples, max(key=len),
  Template.safe_substitute (used and unmatched placeholders), nested
  f-strings, str.format by index, str.join of generators and of dict keys or
  values, dict unpacking order, ChainMap priority, XML parsed into values
  (xmltodict, ElementTree), functools.reduce, itertools.chain, exception
  messages, nonlocal, __call__, __getitem__, __str__, __post_init__, Enum
  lookups, slices, uuid.UUID and ipaddress (safe for most sinks, not SSRF);
- sink-specific cases per category: "?"-multiplied placeholders vs values
  joined in, table/column names from input vs allow-lists, execute(*build()),
  exec_driver_sql, RawSQL and extra(params=), asyncpg $1 parameters; Mongo
  filters from dict comprehensions over parsed JSON, $function bodies,
  operator keys from input, json.dumps inside $where; Popen list vs string
  with a shell, shlex.join, env=/cwd= input, spawn*/exec*, asyncio
  subprocesses, a shell flag variable; eval of ast.literal_eval (a string
  literal is code again), eval(repr()), compile(..., PyCF_ONLY_AST),
  InteractiveInterpreter, timeit; pathlib joinpath/with_name/with_suffix/
  parent/stem, resolve + relative_to/parents, Django storage, uuid names;
  Markup concatenation/join/striptags, bleach, json.dumps in a script block,
  unescape(escape()), Jinja2 Environment autoescape; DictLoader sources,
  raw blocks, Mako and Tornado templates; netloc/startswith("/") redirect
  checks, urljoin on the host URL, Refresh headers, url_for/reverse; urljoin
  on a fixed base, quote()d segments, urlunsplit, params=, aiohttp/httpx
  async clients, sockets; XPath with json.dumps quoting, &apos; replacement,
  format keywords; LDAP filters by format, partial escaping, attribute names;
  pickle via zlib/Unpickler/restricted Unpickler/round trip, YAML CLoader,
  BaseLoader, positional Loader; session values from ints, Enums, datetimes,
  UUIDs vs raw lists, slices, keys; ElementTree/xmltodict (not XXE by the
  documented PY-XXE policy: only parsers that resolve entities or load DTDs).

A line that must be reported ends with "# want: RULE"; file names end in
_true.py / _false.py, and the first line says the case's category:

    # generated case (gen_cases6): category=sqli rule=PY-SQLI ... expected=true

    /usr/bin/python3 internal/analyzer/python/gen_cases6.py          # committed suite
    GEN6_ALL=1 /usr/bin/python3 internal/analyzer/python/gen_cases6.py  # with PENDING cases

Output: testdata/generated6/ beside this script (or $GEN6_OUT; wiped and
regenerated on every run). Cases the analyzer gets wrong today are listed in
PENDING (see /tmp/notes/suite6-triage.md) and only written with GEN6_ALL=1.

Body conventions: a line starting with "!" is the finding line of the case's
rule (marked only in true cases); "  #+ RULE ..." at the end of a line marks
findings of other rules the line must also have (in every case); a line
"REJECT" becomes the framework's 400 answer.
"""
import ast
import os
import shutil

import gen_cases3 as g3
import gen_cases4 as g4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("GEN6_OUT") or os.path.join(HERE, "testdata", "generated6")

# Case keys (category/shape) the analyzer does not pass yet (see
# /tmp/notes/suite6-triage.md); written only with GEN6_ALL=1.
PENDING = {
    "pathtraver/with_name", "redirect/netloc_check_only", "xss/escaped_href",
    "xss/format_html_href",
}

T = lambda cat: True
F = lambda cat: False
# letters and digits only: still a base64 payload and a host name
F_CHARS = lambda cat: None if cat in ("deser", "ssrf") else False
# digits only: still a base64 payload; a decimal host is still a host
F_INT = lambda cat: None if cat in ("deser", "ssrf") else False
NO_DESER = lambda cat: None if cat == "deser" else True

TAINT_CATS = ["sqli", "nosqli", "cmdi", "codeinj", "pathtraver", "xss", "ssti", "redirect", "ssrf", "xpath", "ldap", "deser", "trustbound"]
RULES = {c: g3.TAINT[c][0] for c in g3.TAINT}

# --------------------------------------------------------------------------
# Propagations: `param` -> `bar` (a str), crossed with gen_cases3's true sinks.
# --------------------------------------------------------------------------
P = []


def prop(key, body, truth, module=(), imports=(), setup=(), cats=None, bad=(), fws=None):
    P.append(dict(key=key, body=list(body), truth=truth, module=list(module), imports=list(imports), setup=list(setup), cats=cats,
                  bad=set(bad), fws=fws))


RE = ["import re"]
ALNUM = 're.sub(r"[^A-Za-z0-9]", "", %s)'

# ---- class hierarchies ----
BASE_QUERY = ["class BaseQuery:", "    def render(self):", "        return self.prefix() + self.term", "",
              "    def prefix(self):", '        return ""', "", "",
              "class TermQuery(BaseQuery):", "    def __init__(self, term):", "        self.term = term", "", "",
              "class FixedQuery(BaseQuery):", "    def __init__(self, term):", "        self.raw_term = term", '        self.term = "all"']
prop("base_reads_sub_attr", ["bar = TermQuery(param).render()"], T, module=BASE_QUERY)
prop("base_reads_sub_const", ["bar = FixedQuery(param).render()"], F, module=BASE_QUERY)
FIELD = ["class Field:", "    def __init__(self, value):", "        self.value = value", "", "",
         "class StrippedField(Field):", "    def __init__(self, value):", "        super().__init__(value.strip())", "", "",
         "class DefaultField(Field):", "    def __init__(self, value):", '        super().__init__("default")', "        self.original = value"]
prop("super_init_transformed", ["bar = StrippedField(param).value"], T, module=FIELD)
prop("super_init_const", ["bar = DefaultField(param).value"], F, module=FIELD)
PIPELINE = ["class Pipeline:", "    def __init__(self, value):", "        self.value = value", "",
            "    def run(self):", "        return self.transform(self.value)", "",
            "    def transform(self, value):", "        return value", "", "",
            "class CleanPipeline(Pipeline):", "    def transform(self, value):", "        return " + ALNUM % "value", "", "",
            "class TrimPipeline(Pipeline):", "    def transform(self, value):", "        return value.strip()"]
prop("template_method_clean", ["bar = CleanPipeline(param).run()"], F_CHARS, module=PIPELINE, imports=RE)
prop("template_method_trim", ["bar = TrimPipeline(param).run()"], T, module=PIPELINE, imports=RE)
MIXIN = ["class CleanMixin:", "    def clean(self, value):", "        return " + ALNUM % "value", "", "",
         "class CleanHandler(CleanMixin):", "    def handle(self, value):", "        return self.clean(value)", "", "",
         "class LeakyHandler(CleanMixin):", "    def handle(self, value):", "        self.clean(value)", "        return value"]
prop("mixin_clean", ["bar = CleanHandler().handle(param)"], F_CHARS, module=MIXIN, imports=RE)
prop("mixin_result_dropped", ["bar = LeakyHandler().handle(param)"], T, module=MIXIN, imports=RE)
SETTINGS = ["class Settings:", '    term = "default"']
prop("instance_shadows_class_attr", ["s = Settings()", "s.term = param", "bar = Settings.term"], F, module=SETTINGS)
prop("instance_attr_read", ["s = Settings()", "s.term = param", "bar = s.term"], T, module=SETTINGS)
prop("class_attr_mutated", ["Settings.term = param", "bar = Settings().term"], T, module=SETTINGS)
READER = ["class Reader:", "    def __init__(self, value):", "        self.value = value", "", "    def get(self):", "        return self.value", "", "",
          "class SuffixReader(Reader):", "    def get(self):", '        return super().get() + "-x"', "", "",
          "class MaskReader(Reader):", "    def get(self):", "        super().get()", '        return "masked"']
prop("super_method_suffix", ["bar = SuffixReader(param).get()"], T, module=READER)
prop("super_method_masked", ["bar = MaskReader(param).get()"], F, module=READER)

# ---- properties ----
KINDS = ['KINDS = {"a": "advanced", "b": "basic"}']
LOOKUP = ["class Lookup:", "    def __init__(self, raw):", "        self._raw = raw", "",
          "    @cached_property", "    def term(self):", "        return self._raw.strip()", "",
          "    @cached_property", "    def kind(self):", '        return KINDS.get(self._raw, "basic")']
prop("cached_property_raw", ["bar = Lookup(param).term"], T, module=LOOKUP, setup=KINDS, imports=["from functools import cached_property"])
prop("cached_property_allowlist", ["bar = Lookup(param).kind"], F, module=LOOKUP, setup=KINDS, imports=["from functools import cached_property"])
FILTERED = ["class Filtered:", "    def __init__(self):", '        self._value = ""', "",
            "    @property", "    def value(self):", "        return self._value", "",
            "    @value.setter", "    def value(self, new):", "        self._value = " + ALNUM % "new", "", "",
            "class Trimmed:", "    def __init__(self):", '        self._value = ""', "",
            "    @property", "    def value(self):", "        return self._value", "",
            "    @value.setter", "    def value(self, new):", "        self._value = new.strip()"]
prop("property_setter_clean", ["f = Filtered()", "f.value = param", "bar = f.value"], F_CHARS, module=FILTERED, imports=RE)
prop("property_setter_trim", ["f = Trimmed()", "f.value = param", "bar = f.value"], T, module=FILTERED, imports=RE)
LABEL = ["class Label:", "    def __init__(self, prefix, name):", "        self.prefix = prefix", "        self.name = name", "",
         "    @property", "    def full(self):", "        return self.prefix + self.name", "",
         "    @property", "    def short(self):", "        return self.prefix"]
prop("property_two_attrs_full", ['bar = Label("item-", param).full'], T, module=LABEL, cats=("sqli", "cmdi", "xss", "ssti", "ldap", "xpath", "trustbound",
                                                                                           "nosqli", "codeinj"))
prop("property_two_attrs_short", ['bar = Label("item-", param).short'], F, module=LABEL)

# ---- static/class methods ----
TERM = ["class Term:", "    def __init__(self, text):", "        self.text = text", "",
        "    @classmethod", "    def parse(cls, raw):", "        return cls(raw.strip())", "",
        "    @classmethod", "    def default(cls, raw):", '        return cls("all")', "",
        "    @staticmethod", "    def column(raw):", '        return COLUMNS.get(raw, "name")']
COLS = ['COLUMNS = {"n": "name", "e": "email"}']
prop("classmethod_factory", ["bar = Term.parse(param).text"], T, module=TERM, setup=COLS)
prop("classmethod_factory_const", ["bar = Term.default(param).text"], F, module=TERM, setup=COLS)
prop("staticmethod_via_instance", ['bar = Term("x").column(param)'], F, module=TERM, setup=COLS)

# ---- decorators ----
DECOS = ["def coerce_int(name):", "    def deco(fn):", "        @functools.wraps(fn)", "        def wrapper(*args, **kwargs):",
         "            kwargs[name] = int(kwargs[name])", "            return fn(*args, **kwargs)", "        return wrapper", "    return deco", "", "",
         "def logged(fn):", "    @functools.wraps(fn)", "    def wrapper(*args, **kwargs):", '        logger.info("calling %s", fn.__name__)',
         "        return fn(*args, **kwargs)", "    return wrapper", "", "",
         "def stripped(fn):", "    @functools.wraps(fn)", "    def wrapper(value):", "        return fn(value.strip())", "    return wrapper", "", "",
         "def restricted(fn):", "    @functools.wraps(fn)", "    def wrapper(value):", "        result = fn(value)",
         '        return result if result in ALLOWED_TERMS else "alpha"', "    return wrapper", "", "",
         '@coerce_int("value")', "def as_number(value):", "    return str(value)", "", "",
         "@logged", "def passthrough(value):", "    return value", "", "",
         "@stripped", "def echo(value):", "    return value", "", "",
         "@restricted", "def pick(value):", "    return value.strip()"]
DECO_KW = dict(module=DECOS, imports=["import functools", "import logging"],
               setup=["logger = logging.getLogger(__name__)", 'ALLOWED_TERMS = {"alpha", "beta"}'])
prop("decorator_int_kwarg", ["bar = as_number(value=param)"], F_INT, **DECO_KW)
prop("decorator_log_only", ["bar = passthrough(param)"], T, **DECO_KW)
prop("decorator_strip", ["bar = echo(param)"], T, **DECO_KW)
prop("decorator_allowlist_result", ["bar = pick(param)"], F, **DECO_KW)
prop("lru_cache_helper", ["bar = normalized(param)"], T, imports=["import functools"],
     module=["@functools.lru_cache(maxsize=64)", "def normalized(value):", "    return value.strip()"])

# ---- context managers ----
SCOPE = ["class Scope:", "    def __init__(self, value):", "        self.value = value", '        self.label = "scope"', "",
         "    def __enter__(self):", "        return self.value", "", "    def __exit__(self, *exc):", "        return False", "", "",
         "class Labelled(Scope):", "    def __enter__(self):", "        return self.label"]
prop("ctx_enter_value", ["with Scope(param) as entered:", "    bar = entered"], T, module=SCOPE)
prop("ctx_enter_const", ["with Labelled(param) as entered:", "    bar = entered"], F, module=SCOPE)
CM = ["@contextlib.contextmanager", "def trimmed(value):", "    yield value.strip()", "", "",
      "@contextlib.contextmanager", "def placeholder(value):", '    yield "placeholder"']
prop("contextmanager_yield", ["with trimmed(param) as v:", "    bar = v"], T, module=CM, imports=["import contextlib"])
prop("contextmanager_yield_const", ["with placeholder(param) as v:", "    bar = v"], F, module=CM, imports=["import contextlib"])
prop("nullcontext_value", ["with contextlib.nullcontext(param) as v:", "    bar = v"], T, imports=["import contextlib"])
prop("suppress_int_default", ['bar = "0"', "with contextlib.suppress(ValueError):", "    bar = str(int(param))"], F_INT, imports=["import contextlib"])
prop("suppress_int_raw", ["bar = param", "with contextlib.suppress(ValueError):", "    bar = str(int(param))"], T, imports=["import contextlib"])

# ---- async ----
ASYNC_H = ["async def echo_async(value):", "    await asyncio.sleep(0)", "    return value.strip()", "", "",
           "async def label_async(value):", "    await asyncio.sleep(0)", '    return "fixed"', "", "",
           "async def chunks(value):", '    yield "safe"', "    yield value"]
AS = dict(module=ASYNC_H, imports=["import asyncio"])
prop("asyncio_run_helper", ["bar = asyncio.run(echo_async(param))"], T, fws=("flask", "django"), **AS)
prop("asyncio_run_const", ["bar = asyncio.run(label_async(param))"], F, fws=("flask", "django"), **AS)
prop("await_helper", ["bar = await echo_async(param)"], T, fws=("fastapi",), **AS)
prop("await_const", ["bar = await label_async(param)"], F, fws=("fastapi",), **AS)
prop("async_gen_taint", ["parts = [p async for p in chunks(param)]", "bar = parts[1]"], T, fws=("fastapi",), **AS)
prop("async_gen_safe", ["parts = [p async for p in chunks(param)]", "bar = parts[0]"], F, fws=("fastapi",), **AS)
prop("gather_taint", ['a, b = await asyncio.gather(label_async("x"), echo_async(param))', "bar = b"], T, fws=("fastapi",), **AS)
prop("gather_safe", ['a, b = await asyncio.gather(label_async(param), echo_async("x"))', "bar = a + b"], F, fws=("fastapi",), **AS)

# ---- comprehensions and builtins ----
AT = ['ALLOWED_TERMS = {"alpha", "beta"}']
prop("walrus_comp_strip", ["found = [y for x in [param] if (y := x.strip())]", 'bar = found[0] if found else "none"'], T)
prop("walrus_comp_allowed", ["found = [y for x in [param] if (y := x.strip()) in ALLOWED_TERMS]", 'bar = found[0] if found else "none"'], F, setup=AT)
prop("dictcomp_key", ['fields = {k: v for k, v in [("term", param), ("mode", "basic")]}', 'bar = fields["term"]'], T)
prop("dictcomp_other_key", ['fields = {k: v for k, v in [("term", param), ("mode", "basic")]}', 'bar = fields["mode"]'], F)
prop("dict_keyed_by_input_value", ['lookup = {param: "fixed"}', "bar = lookup[param]"], F)
prop("dict_keyed_by_input_key", ['bar = next(iter({param: "fixed"}))'], T)
prop("setcomp_pop", ["bar = {v.strip() for v in [param]}.pop()"], T)
prop("setcomp_allowed_join", ['bar = ",".join(sorted({v for v in param.split(",") if v in ALLOWED_TERMS})) or "alpha"'], F, setup=AT)
prop("map_lambda_lower", ['bar = "".join(map(lambda ch: ch.lower(), param))'], NO_DESER)
prop("map_lambda_alnum", ['bar = "".join(map(lambda ch: ch if ch.isalnum() else "", param))'], F_CHARS)
prop("filter_lambda_spaces", ['bar = "".join(filter(lambda ch: ch != " ", param))'], T)
prop("enumerate_dict_taint", ['by_pos = dict(enumerate(["safe", param]))', "bar = by_pos[1]"], T)
prop("enumerate_dict_safe", ['by_pos = dict(enumerate(["safe", param]))', "bar = by_pos[0]"], F)
prop("zip_star_values", ['names, values = zip(("a", "safe"), ("b", param))', "bar = values[1]"], T)
prop("zip_star_names", ['names, values = zip(("a", "safe"), ("b", param))', "bar = names[1]"], F)
prop("reversed_builtin_taint", ['bar = list(reversed([param, "safe"]))[1]'], T)
prop("reversed_builtin_safe", ['bar = list(reversed([param, "safe"]))[0]'], F)
prop("sorted_tuples_safe", ['ranked = sorted([("b", param), ("a", "safe")])', "bar = ranked[0][1]"], F)
prop("sorted_tuples_taint", ['ranked = sorted([("b", param), ("a", "safe")])', "bar = ranked[1][1]"], T)
prop("max_key_len", ['bar = max(["safe", param], key=len)'], T)

# ---- string formatting ----
prop("safe_substitute_used", ['bar = string.Template("$term").safe_substitute(term=param)'], T, imports=["import string"])
prop("safe_substitute_unmatched", ['bar = string.Template("$term").safe_substitute({"other": param})'], F, imports=["import string"])
prop("nested_fstring", ["bar = f\"{f'{param}'.strip()}\""], T)
prop("fstring_len", ['bar = f"{len(param)}"'], F_INT)
prop("format_index_taint", ['bar = "{0}".format(param, "safe")'], T)
prop("format_index_safe", ['bar = "{1}".format(param, "safe")'], F)
prop("join_generator_strip", ['bar = "-".join(p.strip() for p in param.split(","))'], T)
prop("join_generator_int", ['bar = "-".join(str(int(p)) for p in param.split(","))'], F_INT)
prop("join_dict_values", ['bar = ",".join({"x": param}.values())'], T)
prop("join_dict_keys", ['bar = ",".join({"x": param}.keys())'], F)
DEFAULTS = ['DEFAULTS = {"term": "all"}']
prop("dict_unpack_overridden", ['opts = {"term": param, **DEFAULTS}', 'bar = opts["term"]'], F, setup=DEFAULTS)
prop("dict_unpack_overrides", ['opts = {**DEFAULTS, "term": param}', 'bar = opts["term"]'], T, setup=DEFAULTS)
prop("chainmap_first_wins", ['bar = collections.ChainMap({"term": "all"}, {"term": param})["term"]'], F, imports=["import collections"])
prop("chainmap_input_first", ['bar = collections.ChainMap({"term": param}, {"term": "all"})["term"]'], T, imports=["import collections"])

# ---- parsed structures ----
prop("xmltodict_field", ['bar = str(xmltodict.parse(param)["q"]["term"])'], T, imports=["import xmltodict"])
prop("etree_findtext", ['bar = ElementTree.fromstring(param).findtext("term", default="")'], T, imports=["from xml.etree import ElementTree"])
prop("etree_child_count", ["bar = str(len(ElementTree.fromstring(param)))"], F_INT, imports=["from xml.etree import ElementTree"])

# ---- functional and control flow ----
prop("reduce_concat", ['bar = functools.reduce(lambda acc, s: acc + s, ["a-", param], "")'], T, imports=["import functools"],
     cats=("sqli", "cmdi", "xss", "ssti", "ldap", "xpath", "trustbound", "nosqli", "codeinj"))
prop("reduce_keep_acc", ['bar = functools.reduce(lambda acc, s: acc, ["a-", param], "safe")'], F, imports=["import functools"])
prop("chain_taint", ['bar = list(itertools.chain(["safe"], [param]))[1]'], T, imports=["import itertools"])
prop("chain_safe", ['bar = list(itertools.chain(["safe"], [param]))[0]'], F, imports=["import itertools"])
prop("exception_message", ["try:", "    raise ValueError(param)", "except ValueError as exc:", "    bar = str(exc)"], T)
prop("exception_type_name", ["try:", "    raise ValueError(param)", "except ValueError as exc:", "    bar = type(exc).__name__"], F)
OUTER = ["def outer_set(value):", '    result = "safe"', "", "    def set_it():", "        nonlocal result", "        result = value", "",
         "    set_it()", "    return result", "", "",
         "def outer_unset(value):", '    result = "safe"', "", "    def set_it():", "        nonlocal result", "        result = value", "",
         "    return result"]
prop("nonlocal_set", ["bar = outer_set(param)"], T, module=OUTER)
prop("nonlocal_never_called", ["bar = outer_unset(param)"], F, module=OUTER)
NORM = ["class Normalizer:", "    def __init__(self, mode):", "        self.mode = mode", "",
        "    def __call__(self, value):", '        if self.mode == "strict":', "            return " + ALNUM % "value", "        return value.strip()"]
prop("callable_strict", ['bar = Normalizer("strict")(param)'], F_CHARS, module=NORM, imports=RE)
prop("callable_loose", ['bar = Normalizer("loose")(param)'], T, module=NORM, imports=RE)
REG = ["class Registry:", "    def __init__(self, value):", "        self.value = value", "",
       "    def __getitem__(self, key):", '        return self.value if key == "term" else "fixed"']
prop("getitem_taint", ['bar = Registry(param)["term"]'], T, module=REG)
prop("getitem_safe", ['bar = Registry(param)["other"]'], F, module=REG)
WRAPPED = ["class Wrapped:", "    def __init__(self, value):", "        self.value = value", "", "    def __str__(self):", "        return self.value", "", "",
           "class Opaque(Wrapped):", "    def __str__(self):", '        return "wrapped"']
prop("dunder_str_taint", ["bar = str(Wrapped(param))"], T, module=WRAPPED)
prop("dunder_str_safe", ["bar = str(Opaque(param))"], F, module=WRAPPED)
POST = ["@dataclass", "class Search:", "    term: str", "", "    def __post_init__(self):", "        self.term = " + ALNUM % "self.term", "", "",
        "@dataclass", "class LooseSearch:", "    term: str", "", "    def __post_init__(self):", "        self.term = self.term.strip()"]
prop("post_init_clean", ["bar = Search(param).term"], F_CHARS, module=POST, imports=RE + ["from dataclasses import dataclass"])
prop("post_init_strip", ["bar = LooseSearch(term=param).term"], T, module=POST, imports=RE + ["from dataclasses import dataclass"])
prop("enum_value_lookup", ["bar = Color(param).value"], F, imports=["from enum import Enum"],
     module=["class Color(Enum):", '    RED = "red"', '    GREEN = "green"'])
prop("slice_double_reverse", ["bar = param[::-1][::-1]"], T)
prop("slice_empty", ['bar = param[:0] + "safe"'], F)
prop("uuid_canonical", ["bar = str(uuid.UUID(param))"], F_INT, imports=["import uuid"])
# an IP address chosen by the caller is exactly what SSRF needs, and harmless elsewhere
prop("ip_address_ssrf", ["bar = ipaddress.ip_address(param).compressed"], lambda c: c == "ssrf", imports=["import ipaddress"],
     cats=("ssrf", "sqli", "cmdi", "xss"), bad=[("ssrf", 0), ("ssrf", 2)])

# --------------------------------------------------------------------------
# Sink-specific cases: body lines using `bar` (= param).
# --------------------------------------------------------------------------
SPECIFIC = []


def case(cat, key, truth, body, fws=None, **kw):
    SPECIFIC.append(dict(cat=cat, key=key, truth=truth, body=list(body), fws=fws, kw=kw))


SQ = dict(imports=["import sqlite3"])
CONN = 'conn = sqlite3.connect("benchmark.db")'
TABLES = ['TABLES = {"p": "products", "o": "orders"}']
case("sqli", "placeholders_multiplied", False, [CONN, 'ids = bar.split(",")', 'sql = "SELECT name FROM users WHERE id IN (%s)" % ", ".join("?" * len(ids))',
                                                "rows = conn.execute(sql, ids).fetchall()", "result = len(rows)"], **SQ)
case("sqli", "values_joined_quoted", True, [CONN, 'ids = bar.split(",")', "in_list = \", \".join(\"'%s'\" % i for i in ids)",
                                            '!rows = conn.execute("SELECT name FROM users WHERE id IN (" + in_list + ")").fetchall()', "result = len(rows)"], **SQ)
case("sqli", "table_from_input", True, [CONN, '!rows = conn.execute("SELECT COUNT(*) FROM %s" % bar).fetchall()', "result = rows[0][0]"], **SQ)
case("sqli", "table_allowlist_reject", False, [CONN, "if bar not in TABLES:", "    REJECT", 'rows = conn.execute(f"SELECT COUNT(*) FROM {TABLES[bar]}").fetchall()',
                                               "result = rows[0][0]"], setup=TABLES, **SQ)
case("sqli", "column_set_reject", False, [CONN, "if bar not in SORTABLE:", "    REJECT", 'rows = conn.execute(f"SELECT id FROM users ORDER BY {bar}").fetchall()',
                                          "result = len(rows)"], setup=['SORTABLE = {"name", "email", "created"}'], **SQ)
BQ = ["def build_query(term):", '    return "SELECT id FROM users WHERE name = ?", (term,)', "", "",
      "def build_query_raw(term):", "    return \"SELECT id FROM users WHERE name = '\" + term + \"'\", ()"]
case("sqli", "star_args_bound", False, [CONN, "rows = conn.execute(*build_query(bar)).fetchall()", "result = len(rows)"], module=BQ, **SQ)
case("sqli", "star_args_raw", True, [CONN, "!rows = conn.execute(*build_query_raw(bar)).fetchall()", "result = len(rows)"], module=BQ, **SQ)
case("sqli", "walrus_sql", True, [CONN, "!rows = conn.execute(sql := \"SELECT id FROM users WHERE name = '\" + bar + \"'\").fetchall()",
                                  "result = len(rows) + len(sql)"], **SQ)
SA = dict(imports=["from sqlalchemy import create_engine, text"], setup=['engine = create_engine("sqlite:///benchmark.db")'])
case("sqli", "session_text_params", False, ["with Session(engine) as s:", '    rows = s.execute(text("SELECT id FROM users WHERE name = :n"), {"n": bar}).all()',
                                            "result = len(rows)"], imports=["from sqlalchemy import create_engine, text", "from sqlalchemy.orm import Session"],
     setup=SA["setup"])
case("sqli", "exec_driver_sql_format", True, ["with engine.connect() as c:", "!    rows = c.exec_driver_sql(\"SELECT id FROM users WHERE name = '%s'\" % bar).fetchall()",
                                              "result = len(rows)"], **SA)
case("sqli", "exec_driver_sql_params", False, ["with engine.connect() as c:", '    rows = c.exec_driver_sql("SELECT id FROM users WHERE name = ?", (bar,)).fetchall()',
                                               "result = len(rows)"], **SA)
DJU = ["from django.contrib.auth.models import User"]
case("sqli", "rawsql_params", False, ['qs = User.objects.annotate(hits=RawSQL("SELECT COUNT(*) FROM searches WHERE term = %s", (bar,)))', "result = qs.count()"],
     fws=("django",), imports=DJU + ["from django.db.models.expressions import RawSQL"])
case("sqli", "rawsql_formatted", True, ["!qs = User.objects.annotate(hits=RawSQL(\"SELECT COUNT(*) FROM searches WHERE term = '%s'\" % bar, ()))",
                                        "result = qs.count()"], fws=("django",), imports=DJU + ["from django.db.models.expressions import RawSQL"])
case("sqli", "extra_where_params", False, ['qs = User.objects.extra(where=["username = %s"], params=[bar])', "result = qs.count()"], fws=("django",), imports=DJU)
case("sqli", "django_cursor_params", False, ["with connection.cursor() as cur:", '    cur.execute("SELECT id FROM auth_user WHERE username = %s", [bar])',
                                             "    result = cur.fetchall()"], fws=("django",), imports=["from django.db import connection"])
PGA = dict(imports=["import os", "import asyncpg"], setup=['DSN = os.environ["DATABASE_URL"]'])
case("sqli", "asyncpg_params", False, ["conn = await asyncpg.connect(DSN)", 'rows = await conn.fetch("SELECT id FROM users WHERE name = $1", bar)',
                                       "result = len(rows)"], fws=("fastapi",), **PGA)
case("sqli", "asyncpg_fstring", True, ["conn = await asyncpg.connect(DSN)", "!rows = await conn.fetch(f\"SELECT id FROM users WHERE name = '{bar}'\")",
                                       "result = len(rows)"], fws=("fastapi",), **PGA)

MG = dict(imports=["from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
MGJ = dict(imports=["import json", "from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
case("nosqli", "dictcomp_json_filter", True, ['filt = {k: v for k, v in json.loads(bar).items() if k in ("name", "city")}', "!docs = list(db.users.find(filt))",
                                              "result = len(docs)"], **MGJ)
case("nosqli", "dictcomp_json_strcast", False, ['filt = {k: str(v) for k, v in json.loads(bar).items() if k in ("name", "city")}',
                                                "docs = list(db.users.find(filt))", "result = len(docs)"], **MGJ)
case("nosqli", "where_json_dumps", False, ['docs = list(db.users.find({"$where": "this.name == " + json.dumps(bar)}))', "result = len(docs)"], **MGJ)
case("nosqli", "function_body", True, ['!docs = list(db.users.aggregate([{"$match": {"$expr": {"$function": {"body": bar, "args": ["$name"], "lang": "js"}}}}]))',
                                       "result = len(docs)"], **MG)
case("nosqli", "update_doc_json", True, ['!db.users.update_one({"name": "guest"}, json.loads(bar))', "result = True"], **MGJ)
case("nosqli", "update_set_string", False, ['db.users.update_one({"name": "guest"}, {"$set": {"nickname": bar}})', "result = True"], **MG)
case("nosqli", "gt_int", False, ['docs = list(db.users.find({"age": {"$gt": int(bar)}}))', "result = len(docs)"], **MG)
case("nosqli", "query_update_json", True, ['query = {"active": True}', "query.update(json.loads(bar))", "!docs = list(db.users.find(query))", "result = len(docs)"],
     **MGJ)
case("nosqli", "in_split_strings", False, ['docs = list(db.users.find({"name": {"$in": bar.split(",")}}))', "result = len(docs)"], **MG)
case("nosqli", "count_documents_json", True, ["!n = db.users.count_documents(json.loads(bar))", "result = n"], **MGJ)
# {"$where": "1"} when the key is "$where"
case("nosqli", "operator_key_from_input", True, ['!docs = list(db.users.find({bar: "1"}))', "result = len(docs)"], **MG)
case("nosqli", "key_allowlist", False, ['field = bar if bar in ("name", "city") else "name"', 'docs = list(db.users.find({field: "x"}))', "result = len(docs)"], **MG)

SP = dict(imports=["import subprocess"])
case("cmdi", "popen_shell_string", True, ['!proc = subprocess.Popen("tar -tzf /srv/archives/" + bar, shell=True, stdout=subprocess.PIPE)',
                                          "result = proc.communicate()[0]"], **SP)
case("cmdi", "popen_list", False, ['proc = subprocess.Popen(["tar", "-tzf", "/srv/archives/" + bar], stdout=subprocess.PIPE)',
                                   "result = proc.communicate()[0]"], **SP)
case("cmdi", "shlex_split_const_plus_arg", False, ['proc = subprocess.run(shlex.split("ls -l --") + [bar], capture_output=True)', "result = proc.returncode"],
     imports=["import shlex", "import subprocess"])
case("cmdi", "env_from_input", False, ['proc = subprocess.run(["printenv", "SEARCH_TERM"], env=dict(os.environ, SEARCH_TERM=bar), capture_output=True)',
                                       "result = proc.returncode"], imports=["import os", "import subprocess"])
case("cmdi", "cwd_from_input", False, ['proc = subprocess.run(["ls", "-l"], cwd=bar, capture_output=True)', "result = proc.returncode"], **SP)
case("cmdi", "shlex_join_shell", False, ['proc = subprocess.run(shlex.join(["grep", "-rn", bar, "/srv/logs"]), shell=True, capture_output=True)',
                                         "result = proc.returncode"], imports=["import shlex", "import subprocess"])
case("cmdi", "space_join_shell", True, ['!proc = subprocess.run(" ".join(["grep", "-rn", bar, "/srv/logs"]), shell=True, capture_output=True)',
                                        "result = proc.returncode"], **SP)
case("cmdi", "manual_single_quotes", True, ["!proc = subprocess.run(\"convert '%s' /tmp/out.png\" % bar, shell=True)", "result = proc.returncode"], **SP)
case("cmdi", "spawnl_sh", True, ['!result = os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "ping -c 1 " + bar)'], imports=["import os"])
case("cmdi", "spawnlp_args", False, ['result = os.spawnlp(os.P_WAIT, "ping", "ping", "-c", "1", "--", bar)'], imports=["import os"])
case("cmdi", "execvp_program", True, ['!os.execvp(bar, [bar, "--help"])', "result = True"], imports=["import os"])
case("cmdi", "async_subprocess_shell", True, ['!proc = await asyncio.create_subprocess_shell("ping -c 1 " + bar)', "result = await proc.wait()"],
     fws=("fastapi",), imports=["import asyncio"])
case("cmdi", "async_subprocess_exec", False, ['proc = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", bar)', "result = await proc.wait()"],
     fws=("fastapi",), imports=["import asyncio"])
case("cmdi", "shell_flag_var_true", True, ["use_shell = True", '!proc = subprocess.run("du -sh " + bar, shell=use_shell, capture_output=True)',
                                           "result = proc.returncode"], **SP)
case("cmdi", "shell_flag_var_false", False, ["use_shell = False", 'proc = subprocess.run("du -sh " + bar, shell=use_shell, capture_output=True)',
                                             "result = proc.returncode"], **SP)

AST = ["import ast"]
# a quoted string literal evaluates to a string, which eval runs as code
case("codeinj", "eval_of_literal_eval", True, ["!result = eval(ast.literal_eval(bar))"], imports=AST)
case("codeinj", "eval_of_repr", False, ["result = eval(repr(bar))"])
case("codeinj", "compile_only_ast", False, ['tree = compile(bar, "<expr>", "eval", ast.PyCF_ONLY_AST)', "result = type(tree.body).__name__"], imports=AST)
case("codeinj", "ast_parse_names", False, ['tree = ast.parse(bar, mode="eval")', "result = sorted(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))"],
     imports=AST)
case("codeinj", "ast_parse_then_eval", True, ['tree = ast.parse(bar, mode="eval")', '!result = eval(compile(tree, "<expr>", "eval"))'], imports=AST)
case("codeinj", "interactive_runsource", True, ["!result = code.InteractiveInterpreter().runsource(bar)"], imports=["import code"])
case("codeinj", "timeit_stmt", True, ["!result = timeit.timeit(bar, number=1)"], imports=["import timeit"])
case("codeinj", "operator_dict", False, ["result = OPS[bar](6, 3)"], imports=["import operator"], setup=['OPS = {"add": operator.add, "mul": operator.mul}'])
case("codeinj", "exec_format", True, ["namespace = {}", '!exec("total = {}".format(bar), namespace)', "result = len(namespace)"])
case("codeinj", "eval_const_expr_input_locals", False, ['result = eval("a + b", {"__builtins__": {}}, {"a": bar, "b": "!"})'])
case("codeinj", "exec_compiled_module", True, ['!exec(compile(bar, "<plugin>", "exec"), {"__name__": "plugin"})', "result = True"])
case("codeinj", "eval_float_str", False, ['result = eval(str(float(bar)) + " * 2", {"__builtins__": {}})'])

B = dict(imports=["import os"], setup=g3.BASE_SETUP)
PL = dict(imports=["import pathlib"], setup=g3.BASE_SETUP)
case("pathtraver", "joinpath", True, ["!result = pathlib.Path(BASE_DIR).joinpath(bar).read_text()"], **PL)
case("pathtraver", "with_name", False, ['result = pathlib.Path(BASE_DIR, "report.txt").with_name(bar).read_text()'], **PL)
case("pathtraver", "with_suffix_input_stem", True, ['!result = pathlib.Path(BASE_DIR, bar).with_suffix(".txt").read_text()'], **PL)
case("pathtraver", "parent_dir", True, ['!with open(pathlib.Path(BASE_DIR, bar).parent / "index.txt") as fh:', "    result = len(fh.read())"], **PL)
case("pathtraver", "resolve_relative_to", False, ["p = (pathlib.Path(BASE_DIR) / bar).resolve()", "try:", "    p.relative_to(BASE_DIR)", "except ValueError:",
                                                  "    REJECT", "result = p.read_text()"], **PL)
case("pathtraver", "resolve_parents", False, ["p = (pathlib.Path(BASE_DIR) / bar).resolve()", "if pathlib.Path(BASE_DIR) not in p.parents:", "    REJECT",
                                              "result = p.read_text()"], **PL)
case("pathtraver", "resolve_unchecked", True, ["p = (pathlib.Path(BASE_DIR) / bar).resolve()", "!result = p.read_text()"], **PL)
case("pathtraver", "stem_name", False, ['name = pathlib.Path(bar).stem + ".txt"', "with open(os.path.join(BASE_DIR, name)) as fh:", "    result = len(fh.read())"],
     imports=["import os", "import pathlib"], setup=g3.BASE_SETUP)
case("pathtraver", "splitext_root", True, ["root, _ = os.path.splitext(bar)", '!with open(os.path.join(BASE_DIR, root + ".txt")) as fh:', "    result = len(fh.read())"],
     **B)
case("pathtraver", "uuid_name", False, ['name = str(uuid.UUID(bar)) + ".json"', "with open(os.path.join(BASE_DIR, name)) as fh:", "    result = len(fh.read())"],
     imports=["import os", "import uuid"], setup=g3.BASE_SETUP)
case("pathtraver", "shutil_copyfile", True, ['!shutil.copyfile(os.path.join(BASE_DIR, bar), "/tmp/export.txt")', "result = True"],
     imports=["import os", "import shutil"], setup=g3.BASE_SETUP)
case("pathtraver", "django_default_storage", False, ["with default_storage.open(bar) as fh:", "    result = len(fh.read())"], fws=("django",),
     imports=["from django.core.files.storage import default_storage"])
case("pathtraver", "fileresponse_join", True, ["!return FileResponse(os.path.join(BASE_DIR, bar))"], fws=("fastapi",), ret=True,
     imports=["import os", "from fastapi.responses import FileResponse"], setup=g3.BASE_SETUP)
case("pathtraver", "fileresponse_basename", False, ["return FileResponse(os.path.join(BASE_DIR, os.path.basename(bar)))"], fws=("fastapi",), ret=True,
     imports=["import os", "from fastapi.responses import FileResponse"], setup=g3.BASE_SETUP)
case("pathtraver", "lstrip_slash", True, ['name = bar.lstrip("/")', "!with open(os.path.join(BASE_DIR, name)) as fh:", "    result = len(fh.read())"], **B)

# XSS: per framework bodies
XSS = {
    "markup_striptags_unescapes": (True, {"flask": (['!return "<p>" + Markup(bar).striptags() + "</p>"'], dict(imports=["from markupsafe import Markup"]))}),
    "markup_concat_escapes": (False, {"flask": (['return Markup("<p>") + bar + Markup("</p>")'], dict(imports=["from markupsafe import Markup"]))}),
    "markup_join_escapes": (False, {"flask": (['return Markup("<br>").join(bar.split(","))'], dict(imports=["from markupsafe import Markup"]))}),
    "bleach_clean": (False, {"flask": (['return "<div>" + bleach.clean(bar) + "</div>"'], dict(imports=["import bleach"])),
                             "django": (['return HttpResponse("<div>" + bleach.clean(bar) + "</div>")'],
                                        dict(imports=["import bleach", "from django.http import HttpResponse"]))}),
    "json_in_script": (True, {"flask": (['!return "<script>var q = " + json.dumps(bar) + ";</script>"'], dict(imports=["import json"])),
                              "django": (['!return HttpResponse("<script>var q = " + json.dumps(bar) + ";</script>")'],
                                         dict(imports=["import json", "from django.http import HttpResponse"]))}),
    "url_quote_in_html": (False, {"flask": (['return "<p>" + urllib.parse.quote(bar) + "</p>"'], dict(imports=["import urllib.parse"]))}),
    "unescape_of_escape": (True, {"flask": (['!return "<p>" + html.unescape(html.escape(bar)) + "</p>"'], dict(imports=["import html"])),
                                  "fastapi": (['!return HTMLResponse("<p>" + html.unescape(html.escape(bar)) + "</p>")'],
                                              dict(imports=["import html", "from fastapi.responses import HTMLResponse"]))}),
    "jinja_env_no_autoescape": (True, {"fastapi": (['!return HTMLResponse(Environment().from_string("<p>{{ name }}</p>").render(name=bar))'],
                                                   dict(imports=["from jinja2 import Environment", "from fastapi.responses import HTMLResponse"]))}),
    "jinja_env_autoescape": (False, {"fastapi": (['return HTMLResponse(Environment(autoescape=True).from_string("<p>{{ name }}</p>").render(name=bar))'],
                                                 dict(imports=["from jinja2 import Environment", "from fastapi.responses import HTMLResponse"]))}),
    "render_template_string_var": (False, {"flask": (['return render_template_string("<p>{{ name }}</p>", name=bar)'], dict(flask=["render_template_string"]))}),
    "escape_format": (False, {"flask": (['return "<p>{}</p>".format(escape(bar))'], dict(imports=["from markupsafe import escape"]))}),
    "conditional_escape": (False, {"django": (['return HttpResponse("<p>" + conditional_escape(bar) + "</p>")'],
                                              dict(imports=["from django.http import HttpResponse", "from django.utils.html import conditional_escape"]))}),
    "html_content_type_charset": (True, {"django": (['!return HttpResponse("<b>" + bar + "</b>", content_type="text/html; charset=utf-8")'],
                                                    dict(imports=["from django.http import HttpResponse"]))}),
    "response_text_plain": (False, {"fastapi": (['return Response(content="<b>" + bar + "</b>", media_type="text/plain")'],
                                                dict(imports=["from fastapi import Response"]))}),
    "percent_dict_escaped": (False, {"django": (['return HttpResponse("<p>%(name)s</p>" % {"name": escape(bar)})'],
                                                dict(imports=["from django.http import HttpResponse", "from django.utils.html import escape"]))}),
    "percent_dict_raw": (True, {"django": (['!return HttpResponse("<p>%(name)s</p>" % {"name": bar})'], dict(imports=["from django.http import HttpResponse"]))}),
}
for key, (truth, per) in XSS.items():
    for fw, (body, kw) in per.items():
        case("xss", key, truth, body, fws=(fw,), ret=True, **kw)

JT = ["from jinja2 import DictLoader, Environment"]
case("ssti", "dictloader_source", True, ['!result = Environment(loader=DictLoader({"page": "<p>" + bar + "</p>"})).get_template("page").render()'], imports=JT)
case("ssti", "dictloader_context", False, ['result = Environment(loader=DictLoader({"page": "<p>{{ q }}</p>"}), autoescape=True).get_template("page").render(q=bar)'],
     imports=JT)
case("ssti", "raw_block", True, ['!return render_template_string("{% raw %}" + bar + "{% endraw %}")'], fws=("flask",), flask=["render_template_string"], ret=True)
case("ssti", "braces_removed", False, ['return render_template_string("<p>" + bar.replace("{", "") + "</p>")  #+ PY-XSS'], fws=("flask",), flask=["render_template_string"],
     ret=True)
case("ssti", "html_escape_not_enough", True, ['!return render_template_string("<p>" + str(escape(bar)) + "</p>")'], fws=("flask",),
     flask=["render_template_string"], imports=["from markupsafe import escape"], ret=True)
case("ssti", "mako_source", True, ['!result = MakoTemplate("<p>" + bar + "</p>").render()'], imports=["from mako.template import Template as MakoTemplate"])
case("ssti", "mako_context", False, ['result = MakoTemplate("<p>${name | h}</p>").render(name=bar)'], imports=["from mako.template import Template as MakoTemplate"])
case("ssti", "tornado_source", True, ['!result = tornado.template.Template("<p>" + bar + "</p>").generate()'], imports=["import tornado.template"])
case("ssti", "tornado_context", False, ['result = tornado.template.Template("<p>{{ name }}</p>").generate(name=bar)'], imports=["import tornado.template"])
case("ssti", "template_allowlist", False, ['result = jinja2.Template(TEMPLATES.get(bar, TEMPLATES["default"])).render(name="guest")'],
     imports=["import jinja2"], setup=['TEMPLATES = {"default": "<p>Hello {{ name }}</p>", "short": "Hi {{ name }}"}'])
case("ssti", "django_default_engine", True, ["!tmpl = Engine.get_default().from_string(bar)", "result = tmpl.render(Context({}))"], fws=("django",),
     imports=["from django.template import Context, Engine"])

FR = dict(fws=("flask",), ret=True)
case("redirect", "netloc_check_only", True, ["if urllib.parse.urlparse(bar).netloc:", "    REJECT", "!return redirect(bar)"], flask=["redirect"],
     imports=["import urllib.parse"], **FR)
case("redirect", "startswith_slash_only", True, ['if not bar.startswith("/"):', "    REJECT", "!return redirect(bar)"], flask=["redirect"], **FR)
case("redirect", "scheme_check_only", True, ['if urllib.parse.urlparse(bar).scheme not in ("http", "https"):', "    REJECT", "!return redirect(bar)"],
     flask=["redirect"], imports=["import urllib.parse"], **FR)
case("redirect", "urljoin_host_url", True, ["!return redirect(urllib.parse.urljoin(request.host_url, bar))"], flask=["redirect"],
     imports=["import urllib.parse"], **FR)
case("redirect", "refresh_header", True, ['resp = make_response("Redirecting...")', '!resp.headers["Refresh"] = "0; url=" + bar', "return resp"],
     flask=["make_response"], **FR)
case("redirect", "url_for_static", False, ['return redirect(url_for("static", filename=bar))'], flask=["redirect", "url_for"], **FR)
case("redirect", "int_path", False, ['return redirect(f"/orders/{int(bar)}")'], flask=["redirect"], **FR)
case("redirect", "host_allowlist_reject", False, ["parts = urllib.parse.urlparse(bar)", 'if parts.scheme != "https" or parts.netloc not in ALLOWED_HOSTS:',
                                                  "    REJECT", "return redirect(bar)"], flask=["redirect"], imports=["import urllib.parse"],
     setup=['ALLOWED_HOSTS = {"www.example.com", "shop.example.com"}'], **FR)
case("redirect", "allowed_hosts_none", False, ["if not url_has_allowed_host_and_scheme(bar, allowed_hosts=None):", "    REJECT", "return HttpResponseRedirect(bar)"],
     fws=("django",), ret=True, imports=["from django.http import HttpResponseRedirect", "from django.utils.http import url_has_allowed_host_and_scheme"])
case("redirect", "django_reverse_arg", False, ['return HttpResponseRedirect(reverse("profile", args=[bar]))'], fws=("django",), ret=True,
     imports=["from django.http import HttpResponseRedirect", "from django.urls import reverse"])
case("redirect", "django_startswith_slash", True, ['if not bar.startswith("/"):', "    REJECT", "!return HttpResponseRedirect(bar)"], fws=("django",), ret=True,
     imports=["from django.http import HttpResponseRedirect"])
case("redirect", "fastapi_url_for_param", False, ['return RedirectResponse(request.url_for("read_item", item_id=bar))'], fws=("fastapi",), ret=True,
     imports=["from fastapi.responses import RedirectResponse"])
case("redirect", "fastapi_urljoin_base", True, ['!return RedirectResponse(urllib.parse.urljoin(str(request.base_url), bar))'], fws=("fastapi",), ret=True,
     imports=["import urllib.parse", "from fastapi.responses import RedirectResponse"])

RQ = dict(imports=["import requests"], setup=g3.PROXY_SETUP)
RQU = dict(imports=["import requests", "import urllib.parse"], setup=g3.PROXY_SETUP)
case("ssrf", "urljoin_fixed_base", True, ['!resp = requests.get(urllib.parse.urljoin("https://api.example.com/v1/", bar), proxies=PROXIES, timeout=5)',
                                          "result = resp.status_code"], **RQU)
case("ssrf", "urljoin_quoted", False, ['resp = requests.get(urllib.parse.urljoin("https://api.example.com/v1/", urllib.parse.quote(bar, safe="")), proxies=PROXIES, timeout=5)',
                                       "result = resp.status_code"], **RQU)
case("ssrf", "quote_default_safe", False, ['resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar), proxies=PROXIES, timeout=5)',
                                           "result = resp.status_code"], **RQU)
case("ssrf", "params_dict_call", False, ["resp = requests.get(SEARCH_URL, params=dict(q=bar, page=1), proxies=PROXIES, timeout=5)", "result = resp.status_code"],
     imports=["import requests"], setup=g3.PROXY_SETUP + ['SEARCH_URL = "https://api.example.com/search"'])
case("ssrf", "urlunsplit_host", True, ['url = urllib.parse.urlunsplit(("https", bar, "/feed", "", ""))', "!resp = requests.get(url, proxies=PROXIES, timeout=5)",
                                       "result = resp.status_code"], **RQU)
case("ssrf", "urlunsplit_path", False, ['url = urllib.parse.urlunsplit(("https", "api.example.com", "/feed/" + bar, "", ""))',
                                        "resp = requests.get(url, proxies=PROXIES, timeout=5)", "result = resp.status_code"], **RQU)
case("ssrf", "hostname_endswith_no_dot", True, ['host = urllib.parse.urlparse(bar).hostname or ""', 'if not host.endswith("example.com"):', "    REJECT",
                                                "!resp = requests.get(bar, proxies=PROXIES, timeout=5)", "result = resp.status_code"], **RQU)
case("ssrf", "socket_connect", True, ["!sock = socket.create_connection((bar, 443), timeout=5)", "sock.close()", "result = True"], imports=["import socket"])
case("ssrf", "aiohttp_get", True, ["async with aiohttp.ClientSession() as client:", "!    async with client.get(bar, proxy=EGRESS_PROXY) as resp:",
                                   "        result = resp.status"], fws=("fastapi",), imports=["import aiohttp"],
     setup=['EGRESS_PROXY = "http://egress.internal:3128"'])
case("ssrf", "httpx_async_get", True, ['async with httpx.AsyncClient(proxy="http://egress.internal:3128") as client:', "!    resp = await client.get(bar)",
                                       "    result = resp.status_code"], fws=("fastapi",), imports=["import httpx"])
case("ssrf", "httpx_async_params", False, ['async with httpx.AsyncClient(proxy="http://egress.internal:3128") as client:',
                                           '    resp = await client.get("https://api.example.com/search", params={"q": bar})',
                                           "    result = resp.status_code"], fws=("fastapi",), imports=["import httpx"])
case("ssrf", "tenant_dict_host", False, ['host = TENANT_HOSTS.get(bar, "api.example.com")', 'resp = requests.get(f"https://{host}/v1/status", proxies=PROXIES, timeout=5)',
                                         "result = resp.status_code"], imports=["import requests"],
     setup=g3.PROXY_SETUP + ['TENANT_HOSTS = {"eu": "eu.api.example.com", "us": "us.api.example.com"}'])
case("ssrf", "header_value_only", False, ['resp = requests.get("https://api.example.com/search", headers={"X-Search": bar}, proxies=PROXIES, timeout=5)',
                                          "result = resp.status_code"], **RQ)

XP = dict(imports=["from lxml import etree"], setup=g3.XML_SETUP)
case("xpath", "apos_entity_replaced", False, ["name = bar.replace(\"'\", \"&apos;\")", "nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + name + \"']\")",
                                              "result = len(nodes)"], **XP)
# XPath 1.0 literals have no backslash escapes: \" ends the string
case("xpath", "json_dumps_quoted", True, ['!nodes = EMPLOYEES.xpath("//Employee[@name=%s]" % json.dumps(bar))', "result = len(nodes)"],
     imports=["import json", "from lxml import etree"], setup=g3.XML_SETUP)
case("xpath", "format_keyword", True, ["!nodes = EMPLOYEES.xpath(\"//Employee[@name='{n}']\".format(n=bar))", "result = len(nodes)"], **XP)
case("xpath", "two_variables", False, ['nodes = EMPLOYEES.xpath("//Employee[@name=$n and @dept=$d]", n=bar, d="sales")', "result = len(nodes)"], **XP)
case("xpath", "field_dict", False, ['field = FIELDS.get(bar, "name")', 'nodes = EMPLOYEES.xpath("//Employee/" + field)', "result = len(nodes)"],
     setup=g3.XML_SETUP + ['FIELDS = {"n": "name", "t": "title"}'], imports=["from lxml import etree"])
case("xpath", "getroot_contains", True, ["!nodes = EMPLOYEES.getroot().xpath(\"./Employee[contains(@name, '\" + bar + \"')]\")", "result = len(nodes)"], **XP)
case("xpath", "fstring_int", False, ['nodes = EMPLOYEES.xpath(f"//Employee[@id={int(bar)}]")', "result = len(nodes)"], **XP)
case("xpath", "compiled_fstring", True, ["!find = etree.XPath(f\"//Employee[@dept='{bar}']\")", "result = len(find(EMPLOYEES))"], **XP)

LD = dict(imports=["import ldap"], setup=g3.LDAP_SETUP)
LDC = 'conn = ldap.initialize("ldap://ldap.example.org")'
LDE = dict(imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=g3.LDAP_SETUP)
case("ldap", "str_format_filter", True, [LDC, '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(uid={})(active=TRUE))".format(bar))',
                                         "result = len(entries)"], **LD)
case("ldap", "alnum_join", False, [LDC, 'uid = "".join(c for c in bar if c.isalnum())', 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")',
                                   "result = len(entries)"], **LD)
case("ldap", "ldap3_percent", True, ['conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)',
                                     '!conn.search(LDAP_BASE, "(mail=%s)" % bar, attributes=["cn"])', "result = len(conn.entries)"],
     imports=["import ldap3"], setup=g3.LDAP_SETUP)
case("ldap", "escape_mode_1", False, [LDC, 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % escape_filter_chars(bar, escape_mode=1))',
                                      "result = len(entries)"], **LDE)
case("ldap", "attr_allowlist", False, [LDC, 'attr = ATTRS.get(bar, "uid")', 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(%s=admin)" % attr)',
                                       "result = len(entries)"], imports=["import ldap"], setup=g3.LDAP_SETUP + ['ATTRS = {"u": "uid", "m": "mail"}'])
case("ldap", "attr_from_input", True, [LDC, '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(%s=admin)" % bar)', "result = len(entries)"], **LD)
case("ldap", "escape_one_of_two", True, [LDC, "uid = escape_filter_chars(bar)", "mail = bar",
                                         '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=%s)(mail=%s))" % (uid, mail))', "result = len(entries)"],
     **LDE)
case("ldap", "escape_both", False, [LDC, "uid = escape_filter_chars(bar)", 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=%s)(mail=%s))" % (uid, uid))',
                                    "result = len(entries)"], **LDE)
case("ldap", "search_st", True, [LDC, '!entries = conn.search_st(LDAP_BASE, ldap.SCOPE_SUBTREE, "(cn=" + bar + ")", timeout=5)', "result = len(entries)"], **LD)

PK = ["import base64", "import pickle"]
UNPICKLER = ["class RestrictedUnpickler(pickle.Unpickler):", "    def find_class(self, module, name):",
             '        raise pickle.UnpicklingError("global %s.%s is forbidden" % (module, name))']
case("deser", "zlib_pickle", True, ["!obj = pickle.loads(zlib.decompress(base64.b64decode(bar)))", "result = type(obj).__name__"], imports=PK + ["import zlib"])
case("deser", "unpickler_load", True, ["!obj = pickle.Unpickler(io.BytesIO(base64.b64decode(bar))).load()", "result = type(obj).__name__"], imports=PK + ["import io"])
case("deser", "restricted_unpickler", False, ["obj = RestrictedUnpickler(io.BytesIO(base64.b64decode(bar))).load()", "result = type(obj).__name__"],
     imports=PK + ["import io"], module=UNPICKLER)
case("deser", "pickle_roundtrip_str", False, ["obj = pickle.loads(pickle.dumps(bar))", "result = type(obj).__name__"], imports=["import pickle"])
case("deser", "yaml_base_loader", False, ["obj = yaml.load(bar, Loader=yaml.BaseLoader)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_cloader_import", True, ["!obj = yaml.load(bar, Loader=CLoader)", "result = type(obj).__name__"], imports=["import yaml", "from yaml import CLoader"])
case("deser", "yaml_loader_positional", True, ["!obj = yaml.load(bar, yaml.Loader)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_safe_load_all", False, ["docs = list(yaml.safe_load_all(bar))", "result = len(docs)"], imports=["import yaml"])
case("deser", "literal_eval", False, ["obj = ast.literal_eval(bar)", "result = type(obj).__name__"], imports=["import ast"])
case("deser", "json_object_hook", False, ["obj = json.loads(bar, object_hook=lambda d: {k: str(v) for k, v in d.items()})", "result = type(obj).__name__"],
     imports=["import json"])
case("deser", "b85_pickle", True, ["!obj = pickle.loads(base64.b85decode(bar))", "result = type(obj).__name__"], imports=PK)
case("deser", "pandas_read_pickle", True, ["!frame = pandas.read_pickle(io.BytesIO(base64.b64decode(bar)))", "result = len(frame)"],
     imports=["import base64", "import io", "import pandas"])

SE = dict(flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'], imports=["import os"], fws=("flask",))
THEME = ["class Theme(Enum):", '    LIGHT = "light"', '    DARK = "dark"']
case("trustbound", "cart_ints", False, ['session["cart"] = [int(x) for x in bar.split(",")]', "result = True"], **SE)
case("trustbound", "cart_raw_list", True, ['!session["cart"] = bar.split(",")', "result = True"], **SE)
case("trustbound", "enum_value", False, ['session["theme"] = Theme(bar).value', "result = True"], module=THEME,
     **dict(SE, imports=["import os", "from enum import Enum"]))
case("trustbound", "slice_prefix", True, ['!session["last_search"] = bar[:50]', "result = True"], **SE)
case("trustbound", "flags_keys", True, ['!session["flags"] = {k: True for k in bar.split(",")}', "result = True"], **SE)
case("trustbound", "datetime_iso", False, ['session["since"] = datetime.fromisoformat(bar).isoformat()', "result = True"],
     **dict(SE, imports=["import os", "from datetime import datetime"]))
case("trustbound", "uuid_value", False, ['request.session["device"] = str(uuid.UUID(bar))', "result = True"], fws=("django",), imports=["import uuid"])
case("trustbound", "django_int_guard", False, ["if not bar.isdigit():", "    REJECT", 'request.session["page"] = int(bar)', "result = True"], fws=("django",))
case("trustbound", "django_stripped", True, ['!request.session["display_name"] = bar.strip()', "result = True"], fws=("django",))
case("trustbound", "key_fstring", True, ['!session[f"pref_{bar}"] = True', "result = True"], **SE)
case("trustbound", "key_allowlist", False, ["if bar in PREF_KEYS:", '    session["pref_" + bar] = True', "result = True"],
     **dict(SE, setup=SE["setup"] + ['PREF_KEYS = ("email", "sms")']))

# XXE, by the documented policy: a finding needs a parser that resolves
# entities or loads DTDs; ElementTree, expat and xmltodict do neither.
case("xxe", "elementtree_fromstring", False, ["root = ElementTree.fromstring(bar)", "result = root.tag"], imports=["from xml.etree import ElementTree"])
case("xxe", "xmltodict_parse", False, ["doc = xmltodict.parse(bar)", "result = list(doc)"], imports=["import xmltodict"])
case("xxe", "expat_parser", False, ["p = xml.parsers.expat.ParserCreate()", "p.Parse(bar, True)", "result = True"], imports=["import xml.parsers.expat"])
case("xxe", "lxml_xml_resolving", True, ["parser = etree.XMLParser(resolve_entities=True, no_network=False)", '!root = etree.XML(bar.encode("utf-8"), parser)',
                                         "result = root.tag"], imports=["from lxml import etree"])
case("xxe", "lxml_fromstringlist_dtd", True, ["parser = etree.XMLParser(load_dtd=True, resolve_entities=True)",
                                              '!root = etree.fromstringlist([bar.encode("utf-8")], parser)', "result = root.tag"], imports=["from lxml import etree"])

# ---- balance: more safe twins where the true side is larger, and the reverse ----
case("nosqli", "regex_escaped_prefix", False, ['docs = list(db.users.find({"name": {"$regex": "^" + re.escape(bar)}}))', "result = len(docs)"],
     imports=["import re", "from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
case("nosqli", "all_split_strings", False, ['docs = list(db.users.find({"tags": {"$all": bar.split(",")}}))', "result = len(docs)"], **MG)
case("nosqli", "str_of_json", False, ['doc = db.users.find_one({"name": str(json.loads(bar))})', "result = doc is not None"], **MGJ)
case("nosqli", "distinct_string_filter", False, ['values = db.users.distinct("city", {"country": bar})', "result = len(values)"], **MG)
case("sqli", "generated_and_placeholders", False, [CONN, 'sql = "SELECT id FROM users WHERE " + " AND ".join(f"{c} = ?" for c in FILTER_COLS)',
                                                   "rows = conn.execute(sql, [bar] * len(FILTER_COLS)).fetchall()", "result = len(rows)"],
     setup=['FILTER_COLS = ("name", "nickname")'], **SQ)
case("sqli", "executemany_split", False, [CONN, 'conn.executemany("INSERT INTO tags (name) VALUES (?)", [(t,) for t in bar.split(",")])', "conn.commit()",
                                          "result = True"], **SQ)
case("sqli", "order_dict_lower", False, [CONN, 'order = ORDER.get(bar.lower(), "ASC")', 'rows = conn.execute("SELECT id FROM users ORDER BY name " + order).fetchall()',
                                         "result = len(rows)"], setup=['ORDER = {"asc": "ASC", "desc": "DESC"}'], **SQ)
case("sqli", "core_select_where", False, ["with engine.connect() as c:", "    rows = c.execute(select(USERS).where(USERS.c.name == bar)).fetchall()",
                                          "result = len(rows)"], imports=["from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select"],
     setup=['engine = create_engine("sqlite:///benchmark.db")', 'USERS = Table("users", MetaData(), Column("id", Integer), Column("name", String))'])
case("cmdi", "git_log_list", False, ['proc = subprocess.run(["git", "log", "--format=%H", "--", bar], cwd="/srv/repo", capture_output=True)',
                                     "result = proc.returncode"], **SP)
case("cmdi", "ip_address_in_shell", False, ['result = os.system("ping -c 1 " + str(ipaddress.ip_address(bar)))'], imports=["import ipaddress", "import os"])
case("cmdi", "execv_fixed_program", False, ['os.execv("/usr/bin/file", ["file", "--", bar])', "result = True"], imports=["import os"])
case("codeinj", "compiled_const_int_local", False, ['result = eval(compile("x * 2", "<calc>", "eval"), {"__builtins__": {}}, {"x": int(bar)})'])
case("codeinj", "getattr_allowlist", False, ['result = getattr(math, FUNCS.get(bar, "sqrt"))(16)'], imports=["import math"],
     setup=['FUNCS = {"s": "sqrt", "l": "log"}'])
case("codeinj", "eval_len_local", False, ['result = eval("len(s)", {"__builtins__": {"len": len}}, {"s": bar})'])
case("xpath", "strip_percent", True, ["!nodes = EMPLOYEES.xpath(\"//Employee[@name='%s']\" % bar.strip())", "result = len(nodes)"], **XP)
# &apos; replacement does not help inside a double-quoted literal
case("xpath", "apos_replaced_double_quoted", True, ["name = bar.replace(\"'\", \"&apos;\")", '!nodes = EMPLOYEES.xpath(\'//Employee[@name="\' + name + \'"]\')',
                                                   "result = len(nodes)"], **XP)
case("xpath", "query_var_format", True, ["query = \"//Employee[@name='{}']\"", "!nodes = EMPLOYEES.xpath(query.format(bar))", "result = len(nodes)"], **XP)
case("xpath", "string_function", True, ["!name = EMPLOYEES.xpath(\"string(//Employee[@id='\" + bar + \"']/@name)\")", "result = str(name)"], **XP)
case("ldap", "title_fstring", True, [LDC, '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, f"(sn={bar.title()})")', "result = len(entries)"], **LD)
case("ldap", "search_ext_async", True, [LDC, '!msgid = conn.search_ext(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")', "result = conn.result(msgid)[0]"],
     **LD)
case("redirect", "strip_or_root", True, ['!return redirect(bar.strip() or "/")'], flask=["redirect"], **FR)
case("redirect", "django_fragment_split", True, ['!return HttpResponseRedirect(bar.split("#")[0])'], fws=("django",), ret=True,
     imports=["from django.http import HttpResponseRedirect"])
case("redirect", "fastapi_scheme_upgrade", True, ['!return RedirectResponse(bar.replace("http://", "https://"), status_code=303)'], fws=("fastapi",), ret=True,
     imports=["from fastapi.responses import RedirectResponse"])
case("ssti", "double_brace_split", True, ['!return render_template_string("<p>" + bar.replace("{{", "{ {") + "</p>")'], fws=("flask",),
     flask=["render_template_string"], ret=True)
case("ssti", "django_autoescape_block", True, ['!tmpl = Template("{% autoescape on %}" + bar + "{% endautoescape %}")', "result = tmpl.render(Context({}))"],
     fws=("django",), imports=["from django.template import Context, Template"])
# escaping keeps javascript: URLs
case("xss", "escaped_href", True, ['!return "<a href=\'" + html.escape(bar) + "\'>link</a>"'], fws=("flask",), ret=True, imports=["import html"])
case("xss", "format_html_href", True, ['!return HttpResponse(format_html("<a href=\'{}\'>link</a>", bar))'], fws=("django",), ret=True,
     imports=["from django.http import HttpResponse", "from django.utils.html import format_html"])
case("xss", "list_items_generator", True, ['!return HTMLResponse("<ul>" + "".join(f"<li>{t}</li>" for t in bar.split(",")) + "</ul>")'], fws=("fastapi",),
     ret=True, imports=["from fastapi.responses import HTMLResponse"])

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
FWS = ["flask", "django", "fastapi"]
# value sources only (no names of headers or parameters, no path segments)
SKIP_SRC = {"pathparam", "headernames", "paramnames"}


def mark6(lines, rule, truth):
    out = []
    for l in lines:
        wants = []
        if l.lstrip().startswith("!"):
            i = len(l) - len(l.lstrip())
            l = l[:i] + l[i + 1:]
            if truth:
                wants.append(rule)
        if "  #+ " in l:
            l, extra = l.split("  #+ ", 1)
            wants += extra.split()
        if wants:
            l += "  # want: " + " ".join(wants)
        out.append(l)
    return out


def render(cat, fw, src, shape, label, pbody, sk, truth, name, extra_module=(), extra_imports=(), extra_setup=()):
    rule = RULES[cat]
    c = g3.Ctx()
    c.take(src)
    c.take(sk)
    c.imports |= set(extra_imports)
    if extra_module:
        c.module += ([""] * 2 if c.module else []) + list(extra_module)
    body = list(pbody) + mark6(sk["body"], rule, truth)
    body = g4.expand_reject(body, fw, c)
    if not sk.get("ret"):
        nret, nimp = g3.NORMAL_RET[fw]
        c.take(nimp)
        body += nret
    view, post = g3.view_lines(fw, src, name, body)
    header = "# generated case (gen_cases6): category=%s rule=%s fw=%s source=%s shape=%s sink=%s expected=%s" % (
        cat, rule, fw, src["key"], shape, label, "true" if truth else "false")
    text = g3.assemble(fw, c.imports, c.flask, list(extra_setup) + c.setup + list(src.get("setup", [])), c.module, view, post, header)
    return text.replace("(gen_cases3)", "(gen_cases6)")


def main():
    include_pending = os.environ.get("GEN6_ALL") == "1"
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    counts = {}
    skipped = []
    seq = [0]

    def src_for(fw, i, need_string=False):
        srcs = [s for s in g3.SOURCES[fw] if s["key"] not in SKIP_SRC]
        if need_string:
            srcs = [s for s in srcs if s["key"] in g3.STRING_SOURCES[fw]]
        return srcs[i % len(srcs)]

    def add(cat, key, fname, text, truth):
        seq[0] += 1
        if key in PENDING and not include_pending:
            skipped.append(key)
            return
        assert fname not in files, fname
        ast.parse(text, fname)
        files[fname] = text
        counts.setdefault(cat, [0, 0])[0 if truth else 1] += 1

    def name():
        return "%05d" % (seq[0] + 1)

    # propagations x taint categories: each shape in three categories, rotating
    for pi, p in enumerate(P):
        cats = [c for c in TAINT_CATS if (p["cats"] is None or c in p["cats"]) and p["truth"](c) is not None]
        if p["key"] == "ip_address_ssrf":
            chosen = ["ssrf", "sqli", "xss"]
        else:
            start = (pi * 5) % len(cats)
            chosen = [cats[(start + k) % len(cats)] for k in range(min(3, len(cats)))]
        for k, cat in enumerate(chosen):
            truth = p["truth"](cat)
            rule, tb, ntv = g3.TAINT[cat][:3]
            fws = p["fws"] or FWS
            fw = fws[(pi + k) % len(fws)]
            src = src_for(fw, pi + k * 7, need_string=(cat == "nosqli"))
            vs = [v for v in range(ntv) if (cat, v) not in p["bad"]]
            v = vs[(pi + k) % len(vs)]
            sk = tb(fw, v)
            n = name()
            text = render(cat, fw, src, p["key"], "v%d" % v, list(p["body"]), sk, truth, n,
                          extra_module=p["module"], extra_imports=p["imports"], extra_setup=p["setup"])
            add(cat, "%s/%s" % (cat, p["key"]), "%s/%s_%s_%s_v%d_%s.py" % (cat, fw, src["key"], p["key"], v, "true" if truth else "false"),
                text, truth)
    # sink-specific cases: one framework each (rotating) unless given
    for si, sc in enumerate(SPECIFIC):
        cat = sc["cat"]
        fws = sc["fws"] or (FWS[si % 3],)
        for k, fw in enumerate(fws):
            src = src_for(fw, si + k * 5, need_string=(cat == "nosqli"))
            n = name()
            text = render(cat, fw, src, sc["key"], "specific", ["bar = param"], dict(sc["kw"], body=sc["body"]), sc["truth"], n)
            add(cat, "%s/%s" % (cat, sc["key"]), "%s/%s_%s_%s_%s.py" % (cat, fw, src["key"], sc["key"], "true" if sc["truth"] else "false"),
                text, sc["truth"])
    for fname, text in files.items():
        path = os.path.join(OUT, fname)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)
    print("%d files%s" % (len(files), " (%d pending cases left out; GEN6_ALL=1 writes them)" % len(skipped) if skipped else ""))
    tt = tf = 0
    for cat in sorted(counts):
        print("%-12s true %4d  false %4d" % (cat, counts[cat][0], counts[cat][1]))
        tt += counts[cat][0]
        tf += counts[cat][1]
    print("%-12s true %4d  false %4d" % ("total", tt, tf))


if __name__ == "__main__":
    main()
