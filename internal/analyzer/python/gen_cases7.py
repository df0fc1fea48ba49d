#!/usr/bin/python3
"""Seventh generator of true/false fixture cases for the Python analyzer
(written by a helper to find gaps; the shapes it found wrong are fixed or
listed in PENDING).

Every case is one small Flask, Django or FastAPI handler, truly vulnerable or
truly safe for a reason decided from the code alone, about half of each per
category, in the categories sqli, cmdi, pathtraver, xss, redirect, ssrf,
codeinj, deser, xpath, ldap, nosqli, trustbound, weakrandom and weakhash.

Two kinds of taint cases:

- propagations (`param` -> `bar`, each crossed with the true sink of two
  categories; every third one rendered inside a benchmark-style helper class
  method): helper classes with several methods (a dict attribute filled by
  one method and read by another by key, attributes set by one method and
  cleared by another, static and class methods, __slots__, method chaining
  that splits), list operations (insert at a negative index, pop(i) with the
  result, constant slices, del of slices, extend then negative index, a
  deque with maxlen), dict operations (copy vs. aliasing, shallow copy of
  nested dicts, deepcopy, | merges, pop with default, del then get),
  string operations (partition/rsplit/splitlines/slices of a constant prefix,
  translate, casefold, zfill, center, removeprefix, str.format keywords),
  control flow (constants computed through several statements, while loops
  with constant bounds, for/enumerate picking an index, while draining a
  list, try/except/else/finally, early returns, nested functions, globals
  set by a function twice, augmented assignment, match with capture
  patterns and guards, dispatch tables of lambdas), round trips
  (configparser, json), helpers returning tuples, *args forwarding,
  keyword-only and default arguments, conversions (float, bool, Decimal,
  int base 16, datetime.strptime), regex fullmatch groups, allow-lists
  checked on another variable, sanitizers applied to the wrong variable;
- sink-specific cases per category (safe and unsafe API variants not in the
  earlier generators).

Plus flow-shaped weakrandom and weakhash cases (helpers, classes, default
arguments, dispatch dicts, tuple unpacking, configparser constants).

A line that must be reported ends with "# want: RULE"; file names end in
_true.py / _false.py; the first line is

    # generated case (gen_cases7): category=CAT rule=RULE ... expected=true|false

    /usr/bin/python3 internal/analyzer/python/gen_cases7.py          # committed suite
    GEN7_ALL=1 /usr/bin/python3 internal/analyzer/python/gen_cases7.py  # with PENDING cases

Output: testdata/generated7/ beside this script (or $GEN7_OUT; wiped and
regenerated on every run). An outbound request without a proxy is also
PY-HTTP-NO-PROXY (marked on the request line).
"""
import ast
import os
import re
import shutil

import gen_cases3 as g3
from gen_common import import_lines, write_suite

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("GEN7_OUT") or os.path.join(HERE, "testdata", "generated7")

# Case keys (category/shape) the analyzer does not pass yet; written only
# with GEN7_ALL=1. (Writes into a shallow copy's nested dict or through a helper's parameter,
# and a few sinks: see docs/known-gaps.md.)
PENDING = {
    "codeinj/shallow_copy_nested", "deser/shallow_copy_nested",
    "pathtraver/slash_replaced", "weakhash/subclass_algo_sha256",
    "weakrandom/kwarg_default_rng_weak",
}

RULES = {
    "sqli": "PY-SQLI", "cmdi": "PY-CMDI", "pathtraver": "PY-PATH-TRAVERSAL", "xss": "PY-XSS", "redirect": "PY-OPEN-REDIRECT",
    "ssrf": "PY-SSRF", "codeinj": "PY-CODE-INJECTION", "deser": "PY-DESERIALIZATION", "xpath": "PY-XPATH-INJECTION",
    "ldap": "PY-LDAP-INJECTION", "nosqli": "PY-NOSQLI", "trustbound": "PY-TRUST-BOUNDARY", "weakrandom": "PY-WEAK-RANDOM",
    "weakhash": "PY-WEAK-HASH",
}
TAINT_CATS = ["sqli", "cmdi", "pathtraver", "xss", "redirect", "ssrf", "codeinj", "deser", "xpath", "ldap", "nosqli", "trustbound"]
FWS = ["flask", "django", "fastapi"]


def I(lines, n):
    return [(" " * n + l) if l else "" for l in lines]


# --------------------------------------------------------------------------
# Sources: `param` (a str) per framework.
# --------------------------------------------------------------------------
SOURCES = {
    "flask": [
        dict(key="args", lines=['param = request.args.get("q", "")']),
        dict(key="form", lines=['param = request.form.get("q", "")'], post=True),
        dict(key="cookie", lines=['param = request.cookies.get("q", "none")']),
        dict(key="header", lines=['param = request.headers.get("X-Query", "")']),
        dict(key="values", lines=['param = request.values.get("q", "")']),
    ],
    "django": [
        dict(key="get", lines=['param = request.GET.get("q", "")']),
        dict(key="post", lines=['param = request.POST.get("q", "")']),
        dict(key="cookie", lines=['param = request.COOKIES.get("q", "none")']),
        dict(key="meta", lines=['param = request.META.get("HTTP_X_QUERY", "")']),
        dict(key="header", lines=['param = request.headers.get("X-Query", "")']),
    ],
    "fastapi": [
        dict(key="query", lines=["param = q"], sig='q: str = ""'),
        dict(key="queryparams", lines=['param = request.query_params.get("q", "")']),
        dict(key="headerparam", lines=["param = x_query"], sig='x_query: str = Header("")', imports=["from fastapi import Header"]),
        dict(key="cookie", lines=['param = request.cookies.get("q", "none")']),
        dict(key="formparam", lines=["param = q"], sig='q: str = Form("")', imports=["from fastapi import Form"], post=True),
    ],
}

NORMAL_RET = {
    "flask": (["return jsonify(result=str(result))"], dict(flask=["jsonify"])),
    "django": (['return JsonResponse({"result": str(result)})'], dict(imports=["from django.http import JsonResponse"])),
    "fastapi": (['return {"result": str(result)}'], {}),
}
REJECT = {
    "flask": (["abort(400)"], dict(flask=["abort"])),
    "django": (['return HttpResponseBadRequest("invalid")'], dict(imports=["from django.http import HttpResponseBadRequest"])),
    "fastapi": (['raise HTTPException(status_code=400, detail="invalid")'], dict(imports=["from fastapi import HTTPException"])),
}

BASE = ['BASE_DIR = "/srv/app/files/"']
MONGO = ['db = MongoClient("mongodb://localhost:27017")["shop"]']
XML = ['EMPLOYEES = etree.parse("/srv/app/data/employees.xml")']
LDAPB = ['LDAP_BASE = "ou=people,dc=example,dc=org"']
FLASK_SECRET = ['app.secret_key = os.environ["SECRET_KEY"]']
FAPI_SESSION = ['app.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"])']


def S(body, **kw):
    d = dict(kw)
    d["body"] = list(body)
    return d


# --------------------------------------------------------------------------
# True sinks per category (use `bar`; "!" marks the finding line).
# --------------------------------------------------------------------------
def sink(cat, fw, v):
    if cat == "sqli":
        if v % 3 == 0:
            return S(['conn = sqlite3.connect("shop.db")', "cur = conn.cursor()",
                      "!cur.execute(\"SELECT id, price FROM products WHERE name = '\" + bar + \"'\")", "result = cur.fetchall()"],
                     imports=["import sqlite3"])
        if v % 3 == 1:
            return S(['engine = create_engine("sqlite:///shop.db")', "with engine.connect() as conn:",
                      "!    result = conn.execute(text(f\"SELECT id FROM orders WHERE customer = '{bar}'\")).fetchall()"],
                     imports=["from sqlalchemy import create_engine, text"])
        return S(['conn = sqlite3.connect("shop.db")', "sql = \"DELETE FROM carts WHERE token = '%s'\" % bar", "!conn.execute(sql)", "conn.commit()",
                  "result = True"], imports=["import sqlite3"])
    if cat == "cmdi":
        if v % 3 == 0:
            return S(['!result = os.system("echo " + bar)'], imports=["import os"])
        if v % 3 == 1:
            return S(['!proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)', "result = proc.returncode"],
                     imports=["import subprocess"])
        return S(['!result = os.popen("host " + bar).read()'], imports=["import os"])
    if cat == "pathtraver":
        if v % 3 == 0:
            return S(["!with open(os.path.join(BASE_DIR, bar)) as fh:", "    result = fh.read()"], imports=["import os"], setup=BASE)
        if v % 3 == 1:
            return S(["!result = (pathlib.Path(BASE_DIR) / bar).read_text()"], imports=["import pathlib"], setup=BASE)
        return S(['!with open(BASE_DIR + bar, "rb") as fh:', "    result = len(fh.read())"], setup=BASE)
    if cat == "xss":
        if fw == "flask":
            if v % 2 == 0:
                return S(['!return "<p>Results for " + bar + "</p>"'], ret=True)
            return S(['!return make_response(f"<div class=\\"q\\">{bar}</div>")'], ret=True, flask=["make_response"])
        if fw == "django":
            return S(['!return HttpResponse("<p>Results for " + bar + "</p>")'], ret=True, imports=["from django.http import HttpResponse"])
        return S(['!return HTMLResponse(f"<p>Results for {bar}</p>")'], ret=True, imports=["from fastapi.responses import HTMLResponse"])
    if cat == "redirect":
        if fw == "flask":
            return S(["!return redirect(bar)"], ret=True, flask=["redirect"])
        if fw == "django":
            if v % 2 == 0:
                return S(["!return HttpResponseRedirect(bar)"], ret=True, imports=["from django.http import HttpResponseRedirect"])
            return S(["!return redirect(bar)"], ret=True, imports=["from django.shortcuts import redirect"])
        return S(["!return RedirectResponse(bar, status_code=302)"], ret=True, imports=["from fastapi.responses import RedirectResponse"])
    if cat == "ssrf":
        if v % 3 == 0:
            return S(["!resp = requests.get(bar, timeout=5)", "result = resp.status_code"], imports=["import requests"])
        if v % 3 == 1:
            return S(["!with urllib.request.urlopen(bar, timeout=5) as resp:", "    result = resp.status"], imports=["import urllib.request"])
        return S(["!resp = httpx.get(bar, timeout=5.0)", "result = resp.status_code"], imports=["import httpx"])
    if cat == "codeinj":
        if v % 2 == 0:
            return S(["!result = eval(bar)"])
        return S(["namespace = {}", '!exec("value = " + bar, namespace)', 'result = namespace.get("value")'])
    if cat == "deser":
        if v % 2 == 0:
            return S(["!obj = pickle.loads(base64.b64decode(bar))", "result = type(obj).__name__"], imports=["import base64", "import pickle"])
        return S(["!obj = yaml.load(bar, Loader=yaml.Loader)", "result = type(obj).__name__"], imports=["import yaml"])
    if cat == "xpath":
        if v % 2 == 0:
            return S(["!nodes = EMPLOYEES.xpath(\"/Employees/Employee[@name='\" + bar + \"']\")", "result = len(nodes)"],
                     imports=["from lxml import etree"], setup=XML)
        return S(["!find = etree.XPath(f\"//Employee[department='{bar}']/@id\")", "result = len(find(EMPLOYEES))"],
                 imports=["from lxml import etree"], setup=XML)
    if cat == "ldap":
        if v % 2 == 0:
            return S(['conn = ldap.initialize("ldap://ldap.example.org")',
                      '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(uid=" + bar + "))")',
                      "result = len(entries)"], imports=["import ldap"], setup=LDAPB)
        return S(['conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)',
                  '!conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")', "result = len(conn.entries)"],
                 imports=["import ldap3"], setup=LDAPB)
    if cat == "nosqli":
        if v % 2 == 0:
            return S(["!docs = list(db.products.find({\"$where\": \"this.name == '\" + bar + \"'\"}))", "result = len(docs)"],
                     imports=["from pymongo import MongoClient"], setup=MONGO)
        return S(["!doc = db.products.find_one(json.loads(bar))", "result = doc is not None"],
                 imports=["import json", "from pymongo import MongoClient"], setup=MONGO)
    if cat == "trustbound":
        if fw == "flask":
            return S(['!session["display_name"] = bar', "result = True"], flask=["session"], setup=FLASK_SECRET, imports=["import os"])
        if fw == "django":
            return S(['!request.session["display_name"] = bar', "result = True"])
        return S(['!request.session["display_name"] = bar', "result = True"], setup=FAPI_SESSION,
                 imports=["import os", "from starlette.middleware.sessions import SessionMiddleware"])
    raise KeyError(cat)


# --------------------------------------------------------------------------
# Propagations: `param` -> `bar`. truth(cat) -> True / False / None (skip).
# --------------------------------------------------------------------------
T = lambda c: True
F = lambda c: False
# letters/digits/few symbols only: still a base64 payload and a host name
F_CHARS = lambda c: None if c in ("deser", "ssrf") else False
F_INT = lambda c: None if c in ("deser", "ssrf") else False
# changes characters: no longer a chosen pickle payload
T_NO_DESER = lambda c: None if c == "deser" else True

P = []


def prop(key, body, truth, module=(), imports=(), setup=(), cats=None, helper=True):
    P.append(dict(key=key, body=list(body), truth=truth, module=list(module), imports=list(imports), setup=list(setup), cats=cats,
                  helper=helper))


# ---- helper classes with several methods ----
STORE = ["class RequestStore:", "    def __init__(self):", "        self.items = {}", "",
         "    def put(self, key, value):", "        self.items[key] = value", "",
         "    def fetch(self, key):", '        return self.items.get(key, "")', "",
         "    def describe(self):", '        return "items: %d" % len(self.items)']
prop("store_fetch_key", ["store = RequestStore()", 'store.put("term", param)', 'store.put("mode", "basic")', 'bar = store.fetch("term")'], T,
     module=STORE)
prop("store_fetch_other_key", ["store = RequestStore()", 'store.put("term", param)', 'store.put("mode", "basic")', 'bar = store.fetch("mode")'], F,
     module=STORE)
prop("store_describe", ["store = RequestStore()", 'store.put("term", param)', "bar = store.describe()"], F, module=STORE)
HOLDER = ["class Holder:", "    def __init__(self):", '        self.primary = "none"', '        self.secondary = "none"', "",
          "    def load(self, value):", "        self.primary = value", '        self.secondary = "fixed"', "",
          "    def clear(self):", '        self.primary = "cleared"', "",
          "    def current(self):", "        return self.primary"]
prop("holder_load_primary", ["h = Holder()", "h.load(param)", "bar = h.current()"], T, module=HOLDER)
prop("holder_load_secondary", ["h = Holder()", "h.load(param)", "bar = h.secondary"], F, module=HOLDER)
prop("holder_cleared", ["h = Holder()", "h.load(param)", "h.clear()", "bar = h.current()"], F, module=HOLDER)
prop("holder_clear_then_load", ["h = Holder()", "h.clear()", "h.load(param)", "bar = h.current()"], T, module=HOLDER)
CODEC = ["class Codec:", '    PREFIX = "q-"', "", "    @staticmethod", "    def wrap(value):", "        return Codec.PREFIX + value", "",
         "    @classmethod", "    def unwrap(cls, value):", "        return value[len(cls.PREFIX):]", "",
         "    @staticmethod", "    def checksum(value):", "        return str(sum(map(ord, value)) % 97)"]
prop("static_class_roundtrip", ["bar = Codec.unwrap(Codec.wrap(param))"], T, module=CODEC)
prop("static_checksum", ["bar = Codec.checksum(param)"], F_INT, module=CODEC)
SLOTS = ["class Box:", '    __slots__ = ("value", "tag")', "", "    def __init__(self, value):", "        self.value = value",
         '        self.tag = "box"', "", "    def retag(self, tag):", "        self.tag = tag", "        return self"]
prop("slots_value", ["bar = Box(param).value"], T, module=SLOTS)
prop("slots_tag", ["bar = Box(param).tag"], F, module=SLOTS)
prop("slots_retag_input", ['bar = Box("fixed").retag(param).tag'], T, module=SLOTS)
PROC = ["class Processor:", "    def __init__(self, raw):", "        self.raw = raw", "        self.parts = []", "",
        "    def split(self):", '        self.parts = self.raw.split(",")', "        return self", "",
        "    def first(self):", "        return self.parts[0]", "",
        "    def count(self):", "        return str(len(self.parts))"]
prop("processor_first", ["bar = Processor(param).split().first()"], T, module=PROC)
prop("processor_count", ["bar = Processor(param).split().count()"], F_INT, module=PROC)

# ---- lists ----
prop("insert_negative_taint", ['items = ["a", "b"]', "items.insert(-1, param)", "bar = items[1]"], T)
prop("insert_negative_safe", ['items = ["a", "b"]', "items.insert(-1, param)", "bar = items[-1]"], F)
prop("pop_index_result", ['vals = ["x", param, "y"]', "taken = vals.pop(1)", "bar = taken"], T)
prop("pop_index_rest", ['vals = ["x", param, "y"]', "vals.pop(1)", "bar = vals[1]"], F)
prop("slice_const_taint", ['vals = ["a", "b", param, "c"]', "window = vals[1:3]", "bar = window[1]"], T)
prop("slice_const_safe", ['vals = ["a", "b", param, "c"]', "window = vals[:2]", 'bar = "-".join(window)'], F)
prop("del_slice_safe", ['vals = [param, "a", "b"]', "del vals[:1]", "bar = vals[0]"], F)
prop("del_slice_taint", ['vals = [param, "a", "b"]', "del vals[1:]", "bar = vals[0]"], T)
prop("extend_negative_taint", ['vals = ["a"]', 'vals.extend([param, "b"])', "bar = vals[-2]"], T)
prop("extend_negative_safe", ['vals = ["a"]', 'vals.extend([param, "b"])', "bar = vals[-1]"], F)
prop("deque_maxlen_drop", ['recent = collections.deque([param, "a", "b"], maxlen=2)', "bar = recent[0]"], F, imports=["import collections"])
prop("deque_maxlen_keep", ['recent = collections.deque(["a", param], maxlen=2)', "bar = recent[1]"], T, imports=["import collections"])
prop("while_drain_last", ['queue = ["safe", param]', 'bar = ""', "while queue:", "    bar = queue.pop(0)"], T)
prop("while_drain_safe_last", ['queue = [param, "safe"]', 'bar = ""', "while queue:", "    bar = queue.pop(0)"], F)

# ---- dicts ----
prop("dict_copy_original", ['base = {"q": "safe"}', "work = base.copy()", 'work["q"] = param', 'bar = base["q"]'], F)
prop("dict_alias_original", ['base = {"q": "safe"}', "work = base", 'work["q"] = param', 'bar = base["q"]'], T)
prop("shallow_copy_nested", ['cfg = {"inner": {"q": "safe"}}', "clone = cfg.copy()", 'clone["inner"]["q"] = param', 'bar = cfg["inner"]["q"]'], T)
prop("deepcopy_nested", ['cfg = {"inner": {"q": "safe"}}', "clone = copy.deepcopy(cfg)", 'clone["inner"]["q"] = param', 'bar = cfg["inner"]["q"]'], F,
     imports=["import copy"])
prop("deepcopy_clone", ['cfg = {"inner": {"q": "safe"}}', "clone = copy.deepcopy(cfg)", 'clone["inner"]["q"] = param', 'bar = clone["inner"]["q"]'], T,
     imports=["import copy"])
prop("dict_merge_right_wins", ['opts = {"q": param} | {"q": "safe"}', 'bar = opts["q"]'], F)
prop("dict_merge_input_wins", ['opts = {"q": "safe"} | {"q": param}', 'bar = opts["q"]'], T)
prop("dict_ior_override", ['opts = {"q": param}', 'opts |= {"q": "safe"}', 'bar = opts["q"]'], F)
prop("dict_pop_default", ['d = {"a": param}', 'bar = d.pop("b", "none")'], F)
prop("dict_pop_present", ['d = {"a": param}', 'bar = d.pop("a", "none")'], T)
prop("dict_del_then_get", ['d = {"q": param, "m": "x"}', 'del d["q"]', 'bar = d.get("q", "none")'], F)
prop("list_copy_mutate", ['src = ["safe"]', "dst = list(src)", "dst[0] = param", "bar = src[0]"], F)

# ---- strings ----
prop("partition_head", ['head, sep, tail = ("static:" + param).partition(":")', "bar = head"], F)
prop("partition_tail", ['head, sep, tail = ("static:" + param).partition(":")', "bar = tail"], T)
prop("rsplit_max_last", ['parts = (param + "/default").rsplit("/", 1)', "bar = parts[1]"], F)
prop("rsplit_max_first", ['parts = (param + "/default").rsplit("/", 1)', "bar = parts[0]"], T)
prop("splitlines_first", ['lines = ("header\\n" + param).splitlines()', "bar = lines[0]"], F)
prop("splitlines_last", ['lines = ("header\\n" + param).splitlines()', "bar = lines[-1]"], T)
prop("prefix_slice_const", ['bar = ("constant-prefix-" + param)[:15]'], F)
prop("prefix_slice_input", ['bar = ("constant-prefix-" + param)[16:]'], T)
prop("translate_table", ['bar = param.translate({ord("a"): "b"})'], T_NO_DESER)
prop("casefold", ["bar = param.casefold()"], T_NO_DESER)
prop("zfill", ["bar = param.zfill(8)"], T_NO_DESER)
prop("zfill_int", ["bar = str(int(param)).zfill(8)"], F_INT)
prop("center_pad", ['bar = param.center(20, "*")'], T_NO_DESER)
prop("removeprefix", ['bar = param.removeprefix("user:")'], T)
prop("format_kw_used", ['bar = "{b}".format(a="safe", b=param)'], T)
prop("format_kw_unused", ['bar = "{a}".format(a="safe", b=param)'], F)
prop("repr_conversion", ['bar = f"{param!r}"'], T_NO_DESER, cats=("sqli", "cmdi", "xss", "codeinj", "ldap"))

# ---- control flow ----
prop("const_chain_safe", ["a = 3", "b = a * 4", "c = b - 10", "if c % 2 == 0:", '    bar = "safe"', "else:", "    bar = param"], F)
prop("const_chain_taint", ["a = 3", "b = a * 4", "c = b - 9", "if c % 2 == 0:", '    bar = "safe"', "else:", "    bar = param"], T)
prop("while_const_hit", ['bar = "safe"', "i = 0", "while i < 3:", "    if i == 2:", "        bar = param", "    i += 1"], T)
prop("while_const_miss", ['bar = "safe"', "i = 0", "while i < 3:", "    if i == 5:", "        bar = param", "    i += 1"], F)
prop("enumerate_pick_taint", ['bar = "safe"', 'for i, v in enumerate(["a", param, "b"]):', "    if i == 1:", "        bar = v"], T)
prop("enumerate_pick_safe", ['bar = "safe"', 'for i, v in enumerate(["a", param, "b"]):', "    if i == 2:", "        bar = v"], F)
prop("try_else_int", ["try:", "    n = int(param)", "except ValueError:", '    bar = "invalid"', "else:", "    bar = str(n)"], F_INT)
prop("try_except_raw", ["try:", "    n = int(param)", "except ValueError:", "    bar = param", "else:", "    bar = str(n)"], T)
prop("try_finally_overwrite", ["try:", "    bar = param.strip()", "finally:", '    bar = "fixed"'], F)
prop("try_else_raw", ["try:", "    n = int(param)", "except ValueError:", '    bar = "0"', "else:", "    bar = param"], F_INT)
EARLY = ["def pick(value):", "    if not value.isalnum():", '        return "invalid"', "    return value", "", "",
         "def pick_loose(value):", "    if value.isalnum():", "        return value.lower()", "    return value"]
prop("early_return_guard", ["bar = pick(param)"], F_CHARS, module=EARLY)
prop("early_return_loose", ["bar = pick_loose(param)"], T, module=EARLY)
NESTED = ["def outer_upper(value):", "    def inner(v):", "        return v.upper()", "", "    return inner(value)", "", "",
          "def outer_length(value):", "    def inner(v):", '        return "len-" + str(len(v))', "", "    return inner(value)"]
prop("nested_upper", ["bar = outer_upper(param)"], T_NO_DESER, module=NESTED)
prop("nested_length", ["bar = outer_length(param)"], F_INT, module=NESTED)
GLOBAL = ['CURRENT = "default"', "", "", "def set_current(value):", "    global CURRENT", "    CURRENT = value"]
prop("global_set", ["set_current(param)", "bar = CURRENT"], T, module=GLOBAL, helper=False)
prop("global_reset", ["set_current(param)", 'set_current("reset")', "bar = CURRENT"], F, module=GLOBAL, helper=False)
prop("augassign_concat", ['bar = "pre-"', "bar += param"], T)
prop("augassign_mul_zero", ["bar = param", "bar *= 0", 'bar += "safe"'], F)
prop("match_capture", ['match param.split(":", 1):', '    case ["id", rest]:', "        bar = rest", "    case _:", '        bar = "none"'], T)
prop("match_guard_digits", ['match param.split(":", 1):', '    case ["id", rest] if rest.isdigit():', "        bar = rest", "    case _:",
                            '        bar = "0"'], F_INT)
DISPATCH = ['HANDLERS = {"keep": lambda v: v.strip(), "mask": lambda v: "masked"}']
prop("dispatch_keep", ['bar = HANDLERS["keep"](param)'], T, setup=DISPATCH)
prop("dispatch_mask", ['bar = HANDLERS["mask"](param)'], F, setup=DISPATCH)
prop("kill_after_branch", ["if len(param) > 3:", "    bar = param", "else:", '    bar = "short"', 'bar = "fixed"'], F)

# ---- round trips ----
prop("configparser_used", ["cp = configparser.ConfigParser()", 'cp["search"] = {"term": param, "mode": "basic"}', 'bar = cp["search"]["term"]'], T,
     imports=["import configparser"])
prop("configparser_other", ["cp = configparser.ConfigParser()", 'cp["search"] = {"term": param, "mode": "basic"}', 'bar = cp["search"]["mode"]'], F,
     imports=["import configparser"])
prop("configparser_read_string", ["cp = configparser.ConfigParser(interpolation=None)", 'cp.read_string("[s]\\nterm = " + param.splitlines()[0] + "\\n")',
                                  'bar = cp.get("s", "term")'], T_NO_DESER, imports=["import configparser"])
prop("json_roundtrip_other", ['blob = json.dumps({"q": param, "m": "x"})', 'bar = json.loads(blob)["m"]'], F, imports=["import json"])
prop("json_roundtrip_used", ['blob = json.dumps({"q": param, "m": "x"})', 'bar = json.loads(blob)["q"]'], T, imports=["import json"])

# ---- tuples, *args, keyword-only, defaults ----
PAIR = ["def split_pair(value):", '    return "static", value']
prop("tuple_second", ["label, bar = split_pair(param)"], T, module=PAIR)
prop("tuple_first", ["bar, data = split_pair(param)"], F, module=PAIR)
prop("tuple_swap", ["a, b = split_pair(param)", "a, b = b, a", "bar = a"], T, module=PAIR)
FWD = ["def first_of(*args):", "    return args[0]", "", "", "def forward(*args):", "    return first_of(*args)"]
prop("star_forward_safe", ['bar = forward("safe", param)'], F, module=FWD)
prop("star_forward_taint", ['bar = forward(param, "safe")'], T, module=FWD)
KWO = ["def choose(*, value, use_value=False):", '    return value if use_value else "default"']
prop("kwonly_default_off", ["bar = choose(value=param)"], F, module=KWO)
prop("kwonly_on", ["bar = choose(value=param, use_value=True)"], T, module=KWO)
DEF = ["def render_label(value, template=\"{}\"):", "    return template.format(value)", "", "",
       "def display_name(value, name=\"guest\"):", "    return name"]
prop("default_template", ["bar = render_label(param)"], T, module=DEF)
prop("default_unused_value", ["bar = display_name(param)"], F, module=DEF)
prop("default_overridden", ['bar = display_name("x", name=param)'], T, module=DEF)

# ---- conversions and validation ----
prop("float_conv", ["bar = str(float(param))"], F_INT)
prop("bool_conv", ["bar = str(bool(param))"], F)
prop("decimal_conv", ["bar = str(decimal.Decimal(param))"], F_INT, imports=["import decimal"])
prop("int_base16", ["bar = str(int(param, 16))"], F_INT)
prop("strptime_roundtrip", ['bar = datetime.strptime(param, "%Y-%m-%d").strftime("%Y-%m-%d")'], F_INT, imports=["from datetime import datetime"])
prop("fullmatch_group_digits", ['m = re.fullmatch(r"([a-z]+)-(\\d+)", param)', 'bar = m.group(2) if m else "0"'], F_INT, imports=["import re"])
prop("search_group_unanchored", ['m = re.search(r"id=(.+)", param)', 'bar = m.group(1) if m else "0"'], T, imports=["import re"])
prop("fullmatch_guard_else", ['if re.fullmatch(r"[a-z]{1,12}", param):', "    bar = param", "else:", '    bar = "none"'], F_CHARS, imports=["import re"])
prop("allowlist_other_var", ["candidate = param.strip()", "if candidate not in ALLOWED:", '    candidate = "alpha"', "bar = param"], T,
     setup=['ALLOWED = {"alpha", "beta"}'])
prop("allowlist_checked_var", ["candidate = param.strip()", "if candidate not in ALLOWED:", '    candidate = "alpha"', "bar = candidate"], F,
     setup=['ALLOWED = {"alpha", "beta"}'])
prop("sanitized_copy_unused", ['cleaned = re.sub(r"[^A-Za-z0-9]", "", param)', 'bar = param if cleaned else "empty"'], T, imports=["import re"])
GEN = ["def gen_values(value):", '    yield "safe"', "    yield from [value]"]
prop("yield_from_taint", ["bar = list(gen_values(param))[1]"], T, module=GEN)
prop("yield_from_safe", ["bar = list(gen_values(param))[0]"], F, module=GEN)


# --------------------------------------------------------------------------
# Sink-specific cases: body lines using `bar` (= param).
# --------------------------------------------------------------------------
SPECIFIC = []


def case(cat, key, truth, body, fws=None, **kw):
    SPECIFIC.append(dict(cat=cat, key=key, truth=truth, body=list(body), fws=fws, kw=kw))


SQ = dict(imports=["import sqlite3"])
CONN = 'conn = sqlite3.connect("shop.db")'
case("sqli", "like_bound", False, [CONN, 'rows = conn.execute("SELECT id FROM products WHERE name LIKE ?", ("%" + bar + "%",)).fetchall()',
                                   "result = len(rows)"], **SQ)
case("sqli", "limit_concat", True, [CONN, '!rows = conn.execute("SELECT id FROM products ORDER BY id LIMIT " + bar).fetchall()', "result = len(rows)"], **SQ)
case("sqli", "limit_int", False, [CONN, 'rows = conn.execute("SELECT id FROM products ORDER BY id LIMIT " + str(int(bar))).fetchall()',
                                  "result = len(rows)"], **SQ)
case("sqli", "executemany_fstring", True, [CONN, "!conn.executemany(f\"INSERT INTO audit (who, n) VALUES ('{bar}', ?)\", [(1,), (2,)])",
                                           "conn.commit()", "result = True"], **SQ)
case("sqli", "named_params_dict", False, [CONN, 'rows = conn.execute("SELECT id FROM products WHERE name = :n", {"n": bar}).fetchall()',
                                          "result = len(rows)"], **SQ)
case("sqli", "pandas_read_sql_concat", True, [CONN, "!frame = pandas.read_sql(\"SELECT * FROM products WHERE name = '\" + bar + \"'\", conn)",
                                              "result = len(frame)"], imports=["import sqlite3", "import pandas"])
case("sqli", "pandas_read_sql_params", False, [CONN, 'frame = pandas.read_sql("SELECT * FROM products WHERE name = ?", conn, params=(bar,))',
                                               "result = len(frame)"], imports=["import sqlite3", "import pandas"])
case("sqli", "bindparams", False, ['engine = create_engine("sqlite:///shop.db")', "with engine.connect() as c:",
                                   '    result = c.execute(text("SELECT id FROM orders WHERE customer = :c").bindparams(c=bar)).fetchall()'],
     imports=["from sqlalchemy import create_engine, text"])
case("sqli", "query_built_in_helper", True, [CONN, "!rows = conn.execute(build_where(bar)).fetchall()", "result = len(rows)"],
     module=["def build_where(name):", "    return \"SELECT id FROM products WHERE name = '%s'\" % name"], **SQ)
case("sqli", "query_built_in_helper_bound", False, [CONN, "sql, args = build_where(bar)", "rows = conn.execute(sql, args).fetchall()", "result = len(rows)"],
     module=["def build_where(name):", '    return "SELECT id FROM products WHERE name = ?", [name]'], **SQ)

SP = dict(imports=["import subprocess"])
case("cmdi", "bash_c_list", True, ['!result = subprocess.call(["bash", "-c", "ls " + bar])'], **SP)
case("cmdi", "list_dashdash", False, ['result = subprocess.call(["ls", "--", bar])'], **SP)
case("cmdi", "getoutput", True, ['!result = subprocess.getoutput("file " + bar)'], **SP)
case("cmdi", "check_call_percent", True, ['!result = subprocess.check_call("tar -tf %s" % bar, shell=True)'], **SP)
case("cmdi", "execl_sh", True, ['!os.execl("/bin/sh", "sh", "-c", "echo " + bar)', "result = True"], imports=["import os"])
case("cmdi", "execl_echo", False, ['os.execl("/bin/echo", "echo", bar)', "result = True"], imports=["import os"])
case("cmdi", "grep_fixed_list", False, ['proc = subprocess.run(["grep", "-F", "-e", bar, "/var/log/app.log"], capture_output=True)',
                                        "result = proc.stdout"], **SP)
case("cmdi", "quote_wrong_var", True, ["quoted = shlex.quote(bar)", '!result = os.system("grep -r " + bar + " /srv/logs")'],
     imports=["import os", "import shlex"])
case("cmdi", "quote_used", False, ["quoted = shlex.quote(bar)", 'result = os.system("grep -r " + quoted + " /srv/logs")'],
     imports=["import os", "import shlex"])
case("cmdi", "digits_guard", False, ["if not bar.isdigit():", "    REJECT", 'result = os.system("kill -0 " + bar)'], imports=["import os"])

B = dict(imports=["import os"], setup=BASE)
case("pathtraver", "lstrip_dots", True, ['!with open(os.path.join(BASE_DIR, bar.lstrip("."))) as fh:', "    result = fh.read()"], **B)
case("pathtraver", "normpath_only", True, ["!with open(os.path.join(BASE_DIR, os.path.normpath(bar))) as fh:", "    result = fh.read()"], **B)
case("pathtraver", "normpath_dotdot_check", False, ["name = os.path.normpath(bar)", 'if name.startswith("..") or os.path.isabs(name):', "    REJECT",
                                                    "with open(os.path.join(BASE_DIR, name)) as fh:", "    result = fh.read()"], **B)
case("pathtraver", "slash_replaced", False, ['name = bar.replace("/", "_")', "with open(os.path.join(BASE_DIR, name)) as fh:", "    result = fh.read()"], **B)
case("pathtraver", "abspath_unchecked", True, ["!with open(os.path.abspath(os.path.join(BASE_DIR, bar))) as fh:", "    result = fh.read()"], **B)
case("pathtraver", "remove_join", True, ["!os.remove(BASE_DIR + bar)", "result = True"], **B)
case("pathtraver", "remove_secure_filename", False, ["os.remove(os.path.join(BASE_DIR, secure_filename(bar)))", "result = True"],
     imports=["import os", "from werkzeug.utils import secure_filename"], setup=BASE)
case("pathtraver", "send_file_join", True, ["!return send_file(os.path.join(BASE_DIR, bar))"], fws=("flask",), ret=True, flask=["send_file"],
     imports=["import os"], setup=BASE)
case("pathtraver", "send_from_directory", False, ["return send_from_directory(BASE_DIR, bar)"], fws=("flask",), ret=True, flask=["send_from_directory"],
     setup=BASE)
case("pathtraver", "fileresponse_basename_wrong_var", True, ["name = os.path.basename(bar)", "!return FileResponse(os.path.join(BASE_DIR, bar), filename=name)"],
     fws=("fastapi",), ret=True, imports=["import os", "from fastapi.responses import FileResponse"], setup=BASE)

XSS = [
    ("safe_filter", True, "flask", ['!return render_template_string("<p>{{ v|safe }}</p>", v=bar)'], dict(flask=["render_template_string"])),
    ("markup_format_outside", True, "flask", ['!return Markup("<p>%s</p>" % bar)'], dict(imports=["from markupsafe import Markup"])),
    ("markup_percent_escapes", False, "flask", ['return Markup("<p>%s</p>") % bar'], dict(imports=["from markupsafe import Markup"])),
    ("escape_wrong_var", True, "flask", ["shown = html.escape(bar)", '!return "<p>" + bar + "</p><!-- " + str(len(shown)) + " -->"'],
     dict(imports=["import html"])),
    ("mark_safe", True, "django", ['!return HttpResponse(mark_safe("<p>" + bar + "</p>"))'],
     dict(imports=["from django.http import HttpResponse", "from django.utils.safestring import mark_safe"])),
    ("format_html", False, "django", ['return HttpResponse(format_html("<p>{}</p>", bar))'],
     dict(imports=["from django.http import HttpResponse", "from django.utils.html import format_html"])),
    ("json_response", False, "django", ['return JsonResponse({"q": bar})'], dict(imports=["from django.http import JsonResponse"])),
    ("json_dumps_html_type", True, "django", ['!return HttpResponse(json.dumps({"q": bar}))'], dict(imports=["import json", "from django.http import HttpResponse"])),
    ("fastapi_dict", False, "fastapi", ['return {"q": bar}'], {}),
    ("fastapi_template_replace", True, "fastapi", ['!return HTMLResponse(PAGE.replace("{{q}}", bar))'],
     dict(imports=["from fastapi.responses import HTMLResponse"], setup=['PAGE = "<html><body><p>{{q}}</p></body></html>"'])),
    ("fastapi_template_replace_escaped", False, "fastapi", ['return HTMLResponse(PAGE.replace("{{q}}", html.escape(bar)))'],
     dict(imports=["import html", "from fastapi.responses import HTMLResponse"], setup=['PAGE = "<html><body><p>{{q}}</p></body></html>"'])),
    ("flask_json_content_type", False, "flask", ['return Response(json.dumps({"q": bar}), content_type="application/json")'],
     dict(flask=["Response"], imports=["import json"])),
]
for key, truth, fw, body, kw in XSS:
    case("xss", key, truth, body, fws=(fw,), ret=True, **kw)

FR = dict(fws=("flask",), ret=True, flask=["redirect"])
case("redirect", "path_component_only", True, ["target = urllib.parse.urlparse(bar).path or \"/\"", "!return redirect(target)"],
     imports=["import urllib.parse"], **FR)
case("redirect", "allowlist_paths", False, ["if bar in ALLOWED_PATHS:", "    return redirect(bar)", 'return redirect("/")'],
     setup=['ALLOWED_PATHS = {"/account", "/orders", "/help"}'], **FR)
case("redirect", "quoted_query", False, ['return redirect("/search?q=" + urllib.parse.quote(bar, safe=""))'], imports=["import urllib.parse"], **FR)
case("redirect", "input_prefix_fstring", True, ['!return redirect(f"{bar}/dashboard")'], **FR)
case("redirect", "pages_get", False, ['return HttpResponseRedirect(PAGES.get(bar, "/"))'], fws=("django",), ret=True,
     imports=["from django.http import HttpResponseRedirect"], setup=['PAGES = {"home": "/", "cart": "/cart/", "help": "/help/"}'])
case("redirect", "django_or_default", True, ['!return HttpResponseRedirect(bar or "/")'], fws=("django",), ret=True,
     imports=["from django.http import HttpResponseRedirect"])
case("redirect", "fastapi_int_id", False, ['return RedirectResponse(f"/orders/{int(bar)}", status_code=303)'], fws=("fastapi",), ret=True,
     imports=["from fastapi.responses import RedirectResponse"])
case("redirect", "fastapi_header_location", True, ['!return Response(status_code=302, headers={"Location": bar})'], fws=("fastapi",), ret=True,
     imports=["from fastapi import Response"])
case("redirect", "django_allowed_host_https", False,
     ['if not url_has_allowed_host_and_scheme(bar, allowed_hosts={"www.example.com"}, require_https=True):', "    REJECT",
      "return HttpResponseRedirect(bar)"], fws=("django",), ret=True,
     imports=["from django.http import HttpResponseRedirect", "from django.utils.http import url_has_allowed_host_and_scheme"])
case("redirect", "check_other_var", True, ['candidate = bar.strip()', 'if not candidate.startswith("/") or candidate.startswith("//"):', "    REJECT",
                                           "!return redirect(bar)"], **FR)

RQ = dict(imports=["import requests"])
case("ssrf", "requests_request", True, ['!resp = requests.request("GET", bar, timeout=5)', "result = resp.status_code"], **RQ)
case("ssrf", "session_get", True, ["s = requests.Session()", "!resp = s.get(bar, timeout=5)", "result = resp.status_code"], **RQ)
case("ssrf", "httpx_host_fstring", True, ['!resp = httpx.get(f"http://{bar}/status", timeout=5.0)', "result = resp.status_code"], imports=["import httpx"])
case("ssrf", "urllib3_pool", True, ["http = urllib3.PoolManager()", '!resp = http.request("GET", bar)', "result = resp.status"], imports=["import urllib3"])
case("ssrf", "services_lookup", False, ['resp = requests.get(SERVICES.get(bar, SERVICES["default"]), timeout=5)', "result = resp.status_code"],
     setup=['SERVICES = {"default": "https://api.example.com/health", "billing": "https://billing.example.com/health"}'], **RQ)
case("ssrf", "quoted_segment", False, ['resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar, safe=""), timeout=5)',
                                       "result = resp.status_code"], imports=["import requests", "import urllib.parse"])
case("ssrf", "int_segment_fstring", False, ['resp = requests.get(f"https://{SERVICE_HOST}/lookup/{int(bar)}", timeout=5)', "result = resp.status_code"],
     setup=['SERVICE_HOST = "inventory.internal.example.com"'], **RQ)
case("ssrf", "query_after_path", False, ['resp = requests.get("https://api.example.com/search?term=" + bar, timeout=5)', "result = resp.status_code"],
     **RQ)
case("ssrf", "host_check_wrong_var", True, ["host = urllib.parse.urlparse(bar.strip()).hostname", "target = bar",
                                            'if host not in ("api.example.com",):', '    host = "api.example.com"',
                                            "!resp = requests.get(target, timeout=5)", "result = resp.status_code"],
     imports=["import requests", "import urllib.parse"])

case("codeinj", "exec_no_builtins", True, ['!exec(bar, {"__builtins__": {}})', "result = True"])
case("codeinj", "eval_none_builtins", True, ['!result = eval(bar, {"__builtins__": None}, {})'])
case("codeinj", "eval_lambda_body", True, ['!fn = eval("lambda x: " + bar)', "result = fn(2)"])
case("codeinj", "eval_int_expr", False, ['result = eval(str(int(bar)) + " + 1")'])
case("codeinj", "eval_expr_table", False, ['result = eval(EXPRS.get(bar, "0"), {"__builtins__": {}}, {"x": 3})'],
     setup=['EXPRS = {"double": "x * 2", "square": "x ** 2"}'])
case("codeinj", "exec_b64", True, ["!exec(base64.b64decode(bar), {})", "result = True"], imports=["import base64"])
case("codeinj", "eval_percent", True, ['!result = eval("%s * 2" % bar)'])
case("codeinj", "literal_eval_then_eval_number", False, ["value = ast.literal_eval(bar)", "if not isinstance(value, (int, float)):", "    REJECT",
                                                         'result = eval(repr(value) + " * 2", {"__builtins__": {}})'], imports=["import ast"])
case("codeinj", "json_loads_only", False, ["data = json.loads(bar)", "result = len(data) if isinstance(data, list) else 0"], imports=["import json"])

case("deser", "pickle_fromhex", True, ["!obj = pickle.loads(bytes.fromhex(bar))", "result = type(obj).__name__"], imports=["import pickle"])
case("deser", "yaml_unsafe_load", True, ["!obj = yaml.unsafe_load(bar)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_unsafe_loader_kw", True, ["!obj = yaml.load(bar, Loader=yaml.UnsafeLoader)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "jsonpickle_loads", True, ["!obj = jsonpickle.loads(bar)", "result = type(obj).__name__"], imports=["import jsonpickle"])
case("deser", "dill_loads", True, ["!obj = dill.loads(base64.urlsafe_b64decode(bar))", "result = type(obj).__name__"], imports=["import base64", "import dill"])
case("deser", "json_of_b64", False, ["obj = json.loads(base64.b64decode(bar))", "result = type(obj).__name__"], imports=["import base64", "import json"])
case("deser", "pickle_server_cache", False, ["obj = pickle.loads(PRECOMPUTED.get(bar, PRECOMPUTED[\"default\"]))", "result = type(obj).__name__"],
     imports=["import pickle"], setup=['PRECOMPUTED = {"default": pickle.dumps({"items": []}), "demo": pickle.dumps({"items": [1, 2]})}'])
case("deser", "pickle_dumps_input", False, ["blob = pickle.dumps({\"q\": bar})", "result = len(blob)"], imports=["import pickle"])
case("deser", "plistlib_loads", False, ['obj = plistlib.loads(bar.encode("utf-8"))', "result = type(obj).__name__"], imports=["import plistlib"])
case("deser", "yaml_full_loader_safe_wrong", True, ["loader = yaml.SafeLoader", "loader = yaml.UnsafeLoader", "!obj = yaml.load(bar, Loader=loader)",
                                                    "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_loader_reassigned_safe", False, ["loader = yaml.UnsafeLoader", "loader = yaml.SafeLoader", "obj = yaml.load(bar, Loader=loader)",
                                                     "result = type(obj).__name__"], imports=["import yaml"])

XP = dict(imports=["from lxml import etree"], setup=XML)
case("xpath", "numeric_context", True, ['!nodes = EMPLOYEES.xpath("//Employee[@id=" + bar + "]")', "result = len(nodes)"], **XP)
case("xpath", "numeric_int", False, ['nodes = EMPLOYEES.xpath("//Employee[@id=" + str(int(bar)) + "]")', "result = len(nodes)"], **XP)
case("xpath", "count_fstring", True, ["!total = EMPLOYEES.xpath(f\"count(//Employee[@role='{bar}'])\")", "result = int(total)"], **XP)
case("xpath", "fullmatch_guard", False, ['if not re.fullmatch(r"[A-Za-z0-9 ]{1,40}", bar):', "    REJECT",
                                         "nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + bar + \"']\")", "result = len(nodes)"],
     imports=["import re", "from lxml import etree"], setup=XML)
case("xpath", "role_allowlist", False, ['role = ROLES.get(bar, "staff")', "nodes = EMPLOYEES.xpath(\"//Employee[@role='\" + role + \"']\")", "result = len(nodes)"],
     imports=["from lxml import etree"], setup=XML + ['ROLES = {"m": "manager", "s": "staff"}'])
case("xpath", "variable_binding_two", False, ['nodes = EMPLOYEES.xpath("//Employee[@name=$n and @dept=$d]", n=bar, d="sales")', "result = len(nodes)"], **XP)
case("xpath", "guard_wrong_var", True, ["name = bar.strip()", 'if not re.fullmatch(r"[A-Za-z ]+", name):', "    REJECT",
                                        "!nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + bar + \"']\")", "result = len(nodes)"],
     imports=["import re", "from lxml import etree"], setup=XML)

LD = dict(imports=["import ldap"], setup=LDAPB)
LDC = 'conn = ldap.initialize("ldap://ldap.example.org")'
case("ldap", "ldap3_percent", True, ['conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)',
                                     '!conn.search(LDAP_BASE, "(cn=%s)" % bar, attributes=["mail"])', "result = len(conn.entries)"],
     imports=["import ldap3"], setup=LDAPB)
case("ldap", "ldap3_escaped", False, ['conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)',
                                      'conn.search(LDAP_BASE, "(cn=%s)" % escape_filter_chars(bar), attributes=["mail"])', "result = len(conn.entries)"],
     imports=["import ldap3", "from ldap3.utils.conv import escape_filter_chars"], setup=LDAPB)
case("ldap", "or_filter_twice", True, [LDC, '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=" + bar + ")(mail=" + bar + "))")',
                                       "result = len(entries)"], **LD)
case("ldap", "fullmatch_guard", False, ['if not re.fullmatch(r"[a-z0-9_]{1,32}", bar):', "    REJECT", LDC,
                                        'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")', "result = len(entries)"],
     imports=["import re", "import ldap"], setup=LDAPB)
case("ldap", "escape_wrong_var", True, ["safe_uid = escape_filter_chars(bar)", LDC,
                                        '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")", ["cn", safe_uid[:0] or "mail"])',
                                        "result = len(entries)"], imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=LDAPB)
case("ldap", "int_employee_number", False, [LDC, 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(employeeNumber=%d)" % int(bar))',
                                            "result = len(entries)"], **LD)
case("ldap", "attrlist_only", False, [LDC, 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(objectClass=person)", [ATTRS.get(bar, "cn")])',
                                      "result = len(entries)"], setup=LDAPB + ['ATTRS = {"m": "mail", "n": "cn"}'], imports=["import ldap"])
case("ldap", "search_ext_s_fstring", True, [LDC, '!entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_ONELEVEL, f"(sn={bar})")', "result = len(entries)"], **LD)

MG = dict(imports=["from pymongo import MongoClient"], setup=MONGO)
MGJ = dict(imports=["import json", "from pymongo import MongoClient"], setup=MONGO)
case("nosqli", "where_numeric", True, ['!docs = list(db.products.find({"$where": f"this.stock > {bar}"}))', "result = len(docs)"], **MG)
case("nosqli", "json_value_nested", True, ["data = json.loads(bar)", '!docs = list(db.users.find({"name": data.get("name")}))', "result = len(docs)"], **MGJ)
case("nosqli", "json_value_str", False, ["data = json.loads(bar)", 'docs = list(db.users.find({"name": str(data.get("name", ""))}))', "result = len(docs)"],
     **MGJ)
case("nosqli", "json_value_isinstance", False, ["data = json.loads(bar)", 'name = data.get("name")', "if not isinstance(name, str):", "    REJECT",
                                                'docs = list(db.users.find({"name": name}))', "result = len(docs)"], **MGJ)
case("nosqli", "aggregate_json", True, ["!docs = list(db.orders.aggregate(json.loads(bar)))", "result = len(docs)"], **MGJ)
case("nosqli", "where_startswith", True, ["!docs = list(db.users.find({\"$where\": \"this.name.startsWith('\" + bar + \"')\"}))", "result = len(docs)"], **MG)
case("nosqli", "where_json_dumps_int", False, ['docs = list(db.products.find({"$where": "this.stock > " + str(int(bar))}))', "result = len(docs)"], **MG)
case("nosqli", "find_projection_allowlist", False, ['field = bar if bar in ("name", "price") else "name"',
                                                    'docs = list(db.products.find({}, {field: 1}))', "result = len(docs)"], **MG)
case("nosqli", "delete_json", True, ["!res = db.carts.delete_many(json.loads(bar))", "result = res.deleted_count"], **MGJ)

FS = dict(fws=("flask",), flask=["session"], setup=FLASK_SECRET, imports=["import os"])
case("trustbound", "prefs_dict", True, ['!session["prefs"] = {"theme": bar}', "result = True"], **FS)
case("trustbound", "theme_allowlist", False, ['session["theme"] = bar if bar in THEMES else "light"', "result = True"],
     **dict(FS, setup=FLASK_SECRET + ['THEMES = ("light", "dark")']))
case("trustbound", "visit_counter", False, ['session["visits"] = session.get("visits", 0) + 1', "result = len(bar)"], **FS)
case("trustbound", "json_loaded", True, ['!session["filters"] = json.loads(bar)', "result = True"], **dict(FS, imports=["import os", "import json"]))
case("trustbound", "lang_lookup", False, ['session["lang"] = LANGS.get(bar, "en")', "result = True"],
     **dict(FS, setup=FLASK_SECRET + ['LANGS = {"en": "en", "de": "de", "fr": "fr"}']))
case("trustbound", "django_list_concat", True, ['!request.session["cart"] = request.session.get("cart", []) + [bar]', "result = True"], fws=("django",))
case("trustbound", "django_clamped_int", False, ['request.session["page"] = max(1, min(int(bar), 50))', "result = True"], fws=("django",))
case("trustbound", "django_setitem_helper", True, ['!remember(request.session, "last_query", bar)', "result = True"], fws=("django",),
     module=["def remember(store, key, value):", "    store[key] = value"])
case("trustbound", "fastapi_bool_flag", False, ['request.session["beta"] = bar == "yes"', "result = True"], fws=("fastapi",), setup=FAPI_SESSION,
     imports=["import os", "from starlette.middleware.sessions import SessionMiddleware"])

# ---- weakrandom (flow shapes) ----
WR = "weakrandom"
ALPHA = ["ALPHABET = string.ascii_letters + string.digits"]
RS = ["import random", "import string"]
case(WR, "helper_token_cookie", True, ["resp = make_response(jsonify(ok=True))", 'resp.set_cookie("session_id", make_token(32), secure=True, httponly=True, samesite="Lax")',
                                       "return resp"], fws=("flask",), ret=True, flask=["make_response", "jsonify"], imports=RS, setup=ALPHA,
     module=["def make_token(n):", '!    return "".join(random.choice(ALPHABET) for _ in range(n))'])
case(WR, "helper_banner", False, ["banner = pick_banner()", 'result = banner + bar[:0]'], imports=["import random"], setup=['BANNERS = ["sale", "new", "free-shipping"]'],
     module=["def pick_banner():", "    return random.choice(BANNERS)"])
case(WR, "factory_class_random", True, ["api_key = TokenFactory().issue()", 'API_KEYS[api_key] = bar[:32]', "result = len(API_KEYS)"],
     imports=["import random"], setup=["API_KEYS = {}"],
     module=["class TokenFactory:", "    def __init__(self):", "        self.rng = random.Random()", "", "    def issue(self):",
             '!        return "%016x" % self.rng.getrandbits(64)'])
case(WR, "factory_class_system", False, ["api_key = TokenFactory().issue()", 'API_KEYS[api_key] = bar[:32]', "result = len(API_KEYS)"],
     imports=["import random"], setup=["API_KEYS = {}"],
     module=["class TokenFactory:", "    def __init__(self):", "        self.rng = random.SystemRandom()", "", "    def issue(self):",
             '        return "%016x" % self.rng.getrandbits(64)'])
case(WR, "function_alias_otp", True, ["gen = random.randint", '!otp = str(gen(100000, 999999))', "PENDING_OTPS[bar[:32]] = otp", "result = len(PENDING_OTPS)"],
     imports=["import random"], setup=["PENDING_OTPS = {}"])
case(WR, "function_alias_secrets", False, ["gen = secrets.randbelow", 'otp = "%06d" % gen(1000000)', "PENDING_OTPS[bar[:32]] = otp", "result = len(PENDING_OTPS)"],
     imports=["import secrets"], setup=["PENDING_OTPS = {}"])
case(WR, "tuple_token_weak", True, ["token, color = token_and_color()", 'RESET_TOKENS[token] = bar[:32]', "result = color"], imports=["import random", "import secrets"],
     setup=["RESET_TOKENS = {}", 'COLORS = ["red", "green", "blue"]'],
     module=["def token_and_color():", '!    return "%032x" % random.getrandbits(128), secrets.choice(COLORS)'])
case(WR, "tuple_color_weak", False, ["token, color = token_and_color()", 'RESET_TOKENS[token] = bar[:32]', "result = color"], imports=["import random", "import secrets"],
     setup=["RESET_TOKENS = {}", 'COLORS = ["red", "green", "blue"]'],
     module=["def token_and_color():", "    return secrets.token_hex(16), random.choice(COLORS)"])
case(WR, "urandom_seeded_mt", True, ["rng = random.Random(os.urandom(16))", '!reset_token = "%032x" % rng.getrandbits(128)', "RESET_TOKENS[reset_token] = bar[:32]",
                                     "result = len(RESET_TOKENS)"], imports=["import os", "import random"], setup=["RESET_TOKENS = {}"])
case(WR, "uuid_from_random_bits", True, ['!session_id = str(uuid.UUID(int=random.getrandbits(128)))', "SESSIONS[session_id] = bar[:32]", "result = len(SESSIONS)"],
     imports=["import random", "import uuid"], setup=["SESSIONS = {}"])
case(WR, "const_chain_secure", False, ["level = 2", "level = level * 3", "rng = random.SystemRandom() if level > 5 else random.Random()",
                                       'temp_password = "".join(rng.choice(ALPHABET) for _ in range(12))', "result = len(temp_password + bar)"],
     imports=RS, setup=ALPHA)
case(WR, "const_chain_weak", True, ["level = 2", "level = level * 2", "rng = random.SystemRandom() if level > 5 else random.Random()",
                                    '!temp_password = "".join(rng.choice(ALPHABET) for _ in range(12))', "result = len(temp_password + bar)"],
     imports=RS, setup=ALPHA)
case(WR, "global_secret_init", True, ["init_secret()", 'result = len(SIGNING_SECRET + bar)'], imports=["import random"],
     module=['SIGNING_SECRET = ""', "", "", "def init_secret():", "    global SIGNING_SECRET", '!    SIGNING_SECRET = "%x" % random.getrandbits(128)'])
case(WR, "dice_game", False, ["roll = random.randint(1, 6)", 'result = "You rolled %d, %s" % (roll, bar[:20])'], imports=["import random"])
case(WR, "tip_of_day", False, ["tip = random.choice(TIPS)", "result = tip + bar[:0]"], imports=["import random"],
     setup=['TIPS = ["Use filters", "Save searches", "Try dark mode"]'])
case(WR, "quiz_shuffle", False, ["questions = list(QUESTIONS)", "random.shuffle(questions)", "result = questions[:2] + [bar[:10]]"], imports=["import random"],
     setup=['QUESTIONS = ["q1", "q2", "q3", "q4"]'])
case(WR, "monte_carlo", False, ["hits = sum(1 for _ in range(1000) if random.random() ** 2 + random.random() ** 2 < 1)", "result = 4 * hits / 1000 + len(bar)"],
     imports=["import random"])
case(WR, "randrange_reset_code", True, ['!code = "%06d" % random.randrange(1000000)', "RESET_CODES[bar[:32]] = code", "result = len(RESET_CODES)"],
     imports=["import random"], setup=["RESET_CODES = {}"])
case(WR, "kwarg_default_rng_weak", True, ['csrf = issue_csrf()', "result = len(csrf + bar)"], imports=["import random", "import secrets"],
     module=["def issue_csrf(rng=random):", '!    return "%x" % rng.getrandbits(96)'])
case(WR, "kwarg_rng_overridden", False, ['csrf = issue_csrf(rng=secrets.SystemRandom())', "result = len(csrf + bar)"], imports=["import random", "import secrets"],
     module=["def issue_csrf(rng=random):", '    return "%x" % rng.getrandbits(96)'])
case(WR, "captcha_noise", False, ["offsets = [random.randint(-3, 3) for _ in range(6)]", "result = sum(offsets) + len(bar)"], imports=["import random"])
case(WR, "sample_password", True, ['!temp_password = "".join(random.sample(ALPHABET, 10))', "result = len(temp_password + bar)"], imports=RS, setup=ALPHA)

# ---- weakhash (flow shapes) ----
WH = "weakhash"
H = ["import hashlib"]
case(WH, "staticmethod_md5_password", True, ["stored = PasswordStore.digest(bar)", "result = len(stored)"], imports=H,
     module=["class PasswordStore:", "    @staticmethod", "    def digest(password):",
             '!        return hashlib.md5(password.encode("utf-8")).hexdigest()  #+ PY-WEAK-PASSWORD-HASH'])
case(WH, "class_attr_algo_sha1", True, ["result = Hasher().hash(bar)"], imports=H,
     module=["class Hasher:", '    ALGO = "sha1"', "", "    def hash(self, value):", '!        return hashlib.new(self.ALGO, value.encode("utf-8")).hexdigest()'])
case(WH, "subclass_algo_sha256", False, ["result = ModernHasher().hash(bar)"], imports=H,
     module=["class Hasher:", '    ALGO = "sha1"', "", "    def hash(self, value):", '        return hashlib.new(self.ALGO, value.encode("utf-8")).hexdigest()',
             "", "", "class ModernHasher(Hasher):", '    ALGO = "sha256"'])
case(WH, "default_arg_md5", True, ["result = digest(bar)"], imports=H,
     module=['def digest(value, algo="md5"):', '!    return hashlib.new(algo, value.encode("utf-8")).hexdigest()'])
case(WH, "default_arg_overridden", False, ['result = digest(bar, algo="sha256")'], imports=H,
     module=['def digest(value, algo="md5"):', '    return hashlib.new(algo, value.encode("utf-8")).hexdigest()'])
case(WH, "tuple_unpack_sha1", True, ['name, size = ("sha1", 20)', '!result = hashlib.new(name, bar.encode("utf-8")).hexdigest()[:size]'], imports=H)
case(WH, "tuple_unpack_sha512", False, ['name, size = ("sha512", 64)', 'result = hashlib.new(name, bar.encode("utf-8")).hexdigest()[:size]'], imports=H)
case(WH, "configparser_md5", True, ["cp = configparser.ConfigParser()", 'cp.read_string("[hash]\\nalgo = md5\\n")',
                                    '!result = hashlib.new(cp["hash"]["algo"], bar.encode("utf-8")).hexdigest()'], imports=H + ["import configparser"])
case(WH, "configparser_sha256", False, ["cp = configparser.ConfigParser()", 'cp.read_string("[hash]\\nalgo = sha256\\n")',
                                        'result = hashlib.new(cp["hash"]["algo"], bar.encode("utf-8")).hexdigest()'], imports=H + ["import configparser"])
case(WH, "dispatch_fast_md5", True, ['!result = HASHERS["fast"](bar.encode("utf-8")).hexdigest()'], imports=H,
     setup=['HASHERS = {"fast": hashlib.md5, "strong": hashlib.sha256}'])
case(WH, "dispatch_strong", False, ['result = HASHERS["strong"](bar.encode("utf-8")).hexdigest()'], imports=H,
     setup=['HASHERS = {"fast": hashlib.md5, "strong": hashlib.sha256}'])
case(WH, "partial_new_sha1", True, ['hasher = functools.partial(hashlib.new, "sha1")', '!result = hasher(bar.encode("utf-8")).hexdigest()'],
     imports=H + ["import functools"])
case(WH, "partial_new_sha256", False, ['hasher = functools.partial(hashlib.new, "sha256")', 'result = hasher(bar.encode("utf-8")).hexdigest()'],
     imports=H + ["import functools"])
case(WH, "alias_import_sha1_password", True, ['!result = fingerprint(bar.encode("utf-8")).hexdigest()'], imports=["from hashlib import sha1 as fingerprint"])
case(WH, "alias_import_sha256", False, ['result = fingerprint(bar.encode("utf-8")).hexdigest()'], imports=["from hashlib import sha256 as fingerprint"])
case(WH, "blake2b_sha3", False, ['result = hashlib.blake2b(bar.encode("utf-8"), digest_size=16).hexdigest() + hashlib.sha3_256(b"x").hexdigest()'], imports=H)
case(WH, "crc32_etag", False, ['etag = "%08x" % zlib.crc32(bar.encode("utf-8"))', "result = etag"], imports=["import zlib"])
case(WH, "stretch_md5", True, ['h = bar.encode("utf-8")', "for _ in range(1000):", "!    h = hashlib.md5(h).digest()", "result = h.hex()"], imports=H)
case(WH, "stretch_sha256", False, ['h = bar.encode("utf-8")', "for _ in range(1000):", "    h = hashlib.sha256(h).digest()", "result = h.hex()"], imports=H)
case(WH, "list_last_md5", True, ['algo = ALGOS[-1]', '!result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], imports=H, setup=['ALGOS = ["sha256", "md5"]'])
case(WH, "list_first_sha256", False, ['algo = ALGOS[0]', 'result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], imports=H, setup=['ALGOS = ["sha256", "md5"]'])
case(WH, "cfg_dict_overridden", False, ['cfg = {"algo": "md5"}', 'cfg["algo"] = "sha256"', 'result = hashlib.new(cfg["algo"], bar.encode("utf-8")).hexdigest()'],
     imports=H)
case(WH, "cfg_dict_set_md5", True, ['cfg = {"algo": "sha256"}', 'cfg["algo"] = "md5"', '!result = hashlib.new(cfg["algo"], bar.encode("utf-8")).hexdigest()'],
     imports=H)


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
class Ctx(g3.Ctx):
    """gen_cases3's case context, with module-level lines added one block
    at a time."""

    def add_module(self, lines):
        self.module += [""] * (2 if self.module else 0) + list(lines)


REQUESTS = ("requests.", "urlopen(", "httpx.", "session.get(", "pool.request(", "client.get(")


REQUEST_CALL = re.compile(r"(requests\.(?!Session\b)\w+\(|urlopen\(|httpx\.\w+\(|\b(s|pool|client|session|http)\.(get|request)\()")


def mark_no_proxy(text):
    """An outbound request made without proxies= is also PY-HTTP-NO-PROXY."""
    out = []
    for l in text.split("\n"):
        if REQUEST_CALL.search(l) and "proxies=" not in l and "PY-HTTP-NO-PROXY" not in l:
            if "# want:" in l:
                l += " PY-HTTP-NO-PROXY"
            else:
                l += "  # want: PY-HTTP-NO-PROXY"
        out.append(l)
    return "\n".join(out)


def mark(lines, rule, truth):
    """"!" starts the finding line of the case's rule (marked in true cases);
    "  #+ RULE ..." at the end of a line adds findings of other rules the
    line has in every case."""
    out = []
    for l in lines:
        extra = []
        if "  #+ " in l:
            l, more = l.split("  #+ ", 1)
            extra = more.split()
        if l.lstrip().startswith("!"):
            i = len(l) - len(l.lstrip())
            l = l[:i] + l[i + 1:]
            rules = ([rule] if truth else []) + extra
            if rule == "PY-SSRF" and any(r in l for r in REQUESTS) and "proxies=" not in l:
                rules.append("PY-HTTP-NO-PROXY")
            if rules:
                l += "  # want: " + " ".join(rules)
        elif extra:
            l += "  # want: " + " ".join(extra)
        out.append(l)
    return out


def expand_reject(body, fw, c):
    out = []
    for l in body:
        if l.strip() == "REJECT":
            ind = l[:len(l) - len(l.lstrip())]
            lines, kw = REJECT[fw]
            c.take(kw)
            out += [ind + x for x in lines]
        else:
            out.append(l)
    return out


def view_lines(fw, src, name, body):
    func = "case_%s" % name
    lines = list(src["lines"]) + body
    if fw == "flask":
        methods = '["POST"]' if src.get("post") else '["GET", "POST"]'
        return ['@app.route("/case-%s", methods=%s)' % (name, methods), "def %s():" % func] + I(lines, 4), []
    if fw == "django":
        return ["def %s(request):" % func] + I(lines, 4), ["urlpatterns = [", '    path("case-%s/", %s),' % (name, func), "]"]
    verb = "post" if src.get("post") else "get"
    sig = "request: Request" + (", " + src["sig"] if src.get("sig") else "")
    asyn = any("await " in l for l in lines) or int(name) % 2 == 0
    return ['@app.%s("/case-%s")' % (verb, name), "%sdef %s(%s):" % ("async " if asyn else "", func, sig)] + I(lines, 4), []


def assemble(fw, c, view, post, header):
    out = [header]
    imports = set(c.imports)
    if fw == "flask":
        imports.add("from flask import " + ", ".join(sorted(set(c.flask) | {"Flask", "request"})))
    elif fw == "fastapi":
        imports.add("from fastapi import FastAPI")
        imports.add("from fastapi import Request")
    else:
        imports.add("from django.urls import path")
    out += import_lines(imports)
    if fw == "flask":
        out.append("app = Flask(__name__)")
    elif fw == "fastapi":
        out.append("app = FastAPI()")
    seen = []
    for l in c.setup:
        if l not in seen:
            seen.append(l)
    out += seen
    if c.module:
        out += ["", ""] + c.module
    out += ["", ""] + view
    if post:
        out += ["", ""] + post
    text = "\n".join(out) + "\n"
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text


def render(cat, fw, src, shape, label, pbody, sk, truth, name, module=(), imports=(), setup=(), helper=False):
    rule = RULES[cat]
    c = Ctx()
    c.take(src)
    c.take(sk)
    c.imports |= set(imports)
    c.setup = list(setup) + c.setup
    if module:
        c.add_module(module)
    if helper:
        c.add_module(["class Test:", "    def do_something(self, request, param):"] + I(list(pbody) + ["return bar"], 8))
        pbody = ["bar = Test().do_something(request, param)"]
    body = list(pbody) + mark(sk["body"], rule, truth)
    body = expand_reject(body, fw, c)
    if not sk.get("ret"):
        nret, nimp = NORMAL_RET[fw]
        c.take(nimp)
        body += nret
    # module-level "!" lines (config cases with findings in helpers)
    c.module = mark(c.module, rule, truth)
    view, post = view_lines(fw, src, name, body)
    header = "# generated case (gen_cases7): category=%s rule=%s fw=%s source=%s shape=%s%s sink=%s expected=%s" % (
        cat, rule, fw, src["key"], shape, " (helper class)" if helper else "", label, "true" if truth else "false")
    return assemble(fw, c, view, post, header)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    counts = {}
    seq = [0]

    include_pending = os.environ.get("GEN7_ALL") == "1"
    skipped = []

    def add(cat, fname, text, truth, key=""):
        if cat + "/" + key in PENDING and not include_pending:
            skipped.append(fname)
            return
        if cat == "ssrf":
            text = mark_no_proxy(text)
        ast.parse(text, fname)
        assert fname not in files, fname
        files[fname] = text
        counts.setdefault(cat, [0, 0])[0 if truth else 1] += 1

    def name():
        seq[0] += 1
        return "%05d" % seq[0]

    for pi, p in enumerate(P):
        cats = [c for c in TAINT_CATS if (p["cats"] is None or c in p["cats"]) and p["truth"](c) is not None]
        start = (pi * 5) % len(cats)
        chosen = [cats[(start + k) % len(cats)] for k in range(min(2, len(cats)))]
        for k, cat in enumerate(chosen):
            truth = p["truth"](cat)
            fw = FWS[(pi + k) % 3]
            srcs = SOURCES[fw]
            src = srcs[(pi * 3 + k) % len(srcs)]
            v = pi + k
            sk = sink(cat, fw, v)
            helper = p["helper"] and (pi + k) % 3 == 1
            n = name()
            text = render(cat, fw, src, p["key"], "v%d" % (v % 3), p["body"], sk, truth, n, module=p["module"], imports=p["imports"],
                          setup=p["setup"], helper=helper)
            add(cat, "%s/%s_%s_%s_%s_%s.py" % (cat, n, fw, src["key"], p["key"], "true" if truth else "false"), text, truth, p["key"])
    for si, sc in enumerate(SPECIFIC):
        cat = sc["cat"]
        fws = sc["fws"] or (FWS[si % 3],)
        for k, fw in enumerate(fws):
            srcs = SOURCES[fw]
            src = srcs[(si + k) % len(srcs)]
            n = name()
            text = render(cat, fw, src, sc["key"], "specific", ["bar = param"], dict(sc["kw"], body=sc["body"]), sc["truth"], n)
            add(cat, "%s/%s_%s_%s_%s_%s.py" % (cat, n, fw, src["key"], sc["key"], "true" if sc["truth"] else "false"), text, sc["truth"], sc["key"])
    write_suite(OUT, files, counts, "; %d pending cases left out (GEN7_ALL=1 writes them)" % len(skipped))


if __name__ == "__main__":
    main()
