#!/usr/bin/python3
"""Fourth generator of true/false fixture cases for the Python analyzer: a
precision suite of shapes the first three generators lack.

Like gen_cases3, every case is one small Flask, Django or FastAPI handler,
either truly vulnerable or safe for a reason decided from the code alone, in
the same categories (sqli ... jwt). The shapes here are the ones a naive
analyzer gets wrong:

- data flow through program structure: attributes set in __init__ and read in
  another method (and the other attribute, and an attribute overwritten),
  properties, inheritance, dataclass and NamedTuple fields (and _replace),
  closures and nested functions, lambdas, functools.partial, *args/**kwargs,
  generator functions and expressions, tuple swaps, zip into dict;
- collections: dict.get with a default (taint in the default, the key
  present or absent), setdefault on a new or an existing key, update() with
  a dict or keywords, collections.defaultdict, list extend/insert/reverse
  then a constant index, next() over a generator;
- strings: strip/lower, format_map, string.Template.substitute, % with a
  dict (the used key or another one), f-string format specs, bytes round
  trips, hex and base64 encodings (safe for most sinks, not for pickle),
  partition;
- validation: early-return guards (re.fullmatch, isdigit, isalnum, walrus),
  a guard that only logs, an inverted guard, re.match without an end anchor,
  int() in try/except that returns or falls back to the raw value, allow-list
  dict lookups (CHOICES[x], .get(x, "const"), .get(x, x), .get(x) or x),
  a helper that sanitizes only on one branch, a sanitizer whose result is
  discarded or replaced by the raw value, ternaries on constants and module
  flags, while loops with break;
- sink-specific safe and unsafe APIs per category (subprocess with env
  variables, shlex.split choosing the program, % vs bound parameters,
  psycopg2.sql, Markup %-formatting, html.escape(quote=False) in an attribute,
  Location headers, startswith host checks, normpath prefix checks, module
  level XML parsers, pickle of server data, HMAC-checked pickle, ...) and new
  configuration shapes (cookie flags from a dict or a raw Set-Cookie header,
  RSA key sizes, SystemRandom, ssl.SSLContext(), verify from configuration,
  aiohttp ssl=False, JWT algorithm lists ...).

A line that must be reported ends with "# want: RULE"; file names end in
_true.py / _false.py, and the first line says the case's category:

    # generated case (gen_cases4): category=sqli rule=PY-SQLI ... expected=true

    /usr/bin/python3 internal/analyzer/python/gen_cases4.py          # committed suite
    GEN4_ALL=1 /usr/bin/python3 internal/analyzer/python/gen_cases4.py  # with PENDING cases

Output: testdata/generated4/ beside this script (wiped and regenerated on
every run). Cases the analyzer gets wrong today are listed in PENDING and
only written with GEN4_ALL=1.
"""
import ast
import os
import shutil

import gen_cases3 as g3
from gen_common import import_lines, write_suite  # noqa: F401  (import_lines: used through g3.assemble)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("GEN4_OUT") or os.path.join(HERE, "testdata", "generated4")

# Case keys (category/shape) the analyzer does not pass yet: they await the
# analyzer fixes listed in /tmp/notes/suite4-triage.md and are generated only
# with GEN4_ALL=1.
PENDING = {
    "pathtraver/normpath_prefix_no_sep",
}

I = g3.I
T = lambda cat: True
F = lambda cat: False
# character filters: letters and digits are still a base64 payload, and a
# host name of letters and digits is still a host of the attacker's choice
F_CHARS = lambda cat: None if cat in ("deser", "ssrf") else False

TAINT_CATS = list(g3.TAINT)

# --------------------------------------------------------------------------
# Propagations: `param` -> `bar`, crossed with the true sinks of gen_cases3.
# A body line "REJECT" (any indentation) becomes the framework's 400 answer.
# cats: categories the shape is used in (None: every category);
# bad: (category, sink variant) pairs the shape must not be used with.
# --------------------------------------------------------------------------
P = []


def prop(key, body, truth, module=(), imports=(), cats=None, bad=(), setup=()):
    P.append(dict(key=key, body=list(body), truth=truth, module=list(module), imports=list(imports), cats=cats,
                  bad=set(bad), setup=list(setup)))


HOLDER = ["class Holder:", "    def __init__(self, value):", "        self._value = value", '        self._label = "static-label"', "",
          "    def value(self):", "        return self._value", "", "    def label(self):", "        return self._label"]
BOX = ["class Box:", "    def __init__(self):", '        self.content = "default"', "", "    def read(self):", "        return self.content"]
QUERY_DC = ["@dataclass", "class Query:", "    term: str", '    scope: str = "all"']
PAIR_NT = ['Pair = namedtuple("Pair", ["left", "right"])']
ROW_NT = ["class Row(NamedTuple):", "    key: str", "    val: str"]
NORMALIZE = ["def normalize(value, strict=False):", "    if strict:", '        return re.sub(r"[^A-Za-z0-9]", "", value)', "    return value.strip()"]
CHOICES = ['CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}']
WRAPPER = ["class Wrapper:", "    def __init__(self, raw):", "        self._raw = raw", "", "    @property", "    def raw(self):",
           "        return self._raw", "", "    @property", "    def safe(self):", '        return re.sub(r"[^A-Za-z0-9]", "", self._raw)']
INHERIT = ["class Base:", "    def get(self):", "        return self.value", "", "",
           "class Child(Base):", "    def __init__(self, value):", "        self.value = value", "", "",
           "class FixedChild(Base):", "    def __init__(self, value):", "        self.value = value", "", "    def get(self):",
           '        return "fixed"']
SANITIZER_CLS = ["class Sanitizer:", "    @staticmethod", "    def clean(value):", '        return re.sub(r"[^A-Za-z0-9]", "", value)', "",
                 "    @classmethod", "    def keep(cls, value):", "        return value"]

prop("init_attr", ["bar = Holder(param).value()"], T, module=HOLDER)
prop("init_other_attr", ["bar = Holder(param).label()"], F, module=HOLDER)
prop("attr_set_later", ["box = Box()", "box.content = param", "bar = box.read()"], T, module=BOX)
prop("attr_overwritten", ["box = Box()", "box.content = param", 'box.content = "reset"', "bar = box.read()"], F, module=BOX)
prop("dataclass_field", ["q = Query(term=param)", "bar = q.term"], T, module=QUERY_DC, imports=["from dataclasses import dataclass"])
prop("dataclass_other_field", ["q = Query(term=param)", "bar = q.scope"], F, module=QUERY_DC, imports=["from dataclasses import dataclass"])
prop("namedtuple_field", ['p = Pair("safe", param)', "bar = p.right"], T, module=PAIR_NT, imports=["from collections import namedtuple"])
prop("namedtuple_other", ['p = Pair("safe", param)', "bar = p.left"], F, module=PAIR_NT, imports=["from collections import namedtuple"])
prop("typed_namedtuple", ['row = Row(key="k", val=param)', "bar = row.val"], T, module=ROW_NT, imports=["from typing import NamedTuple"])
prop("namedtuple_replace", ['row = Row("k", param)._replace(val="safe")', "bar = row.val"], F, module=ROW_NT, imports=["from typing import NamedTuple"])
prop("property_raw", ["bar = Wrapper(param).raw"], T, module=WRAPPER, imports=["import re"])
prop("property_safe", ["bar = Wrapper(param).safe"], F_CHARS, module=WRAPPER, imports=["import re"])
prop("inherited_getter", ["bar = Child(param).get()"], T, module=INHERIT)
prop("overridden_getter", ["bar = FixedChild(param).get()"], F, module=INHERIT)
prop("staticmethod_clean", ["bar = Sanitizer.clean(param)"], F_CHARS, module=SANITIZER_CLS, imports=["import re"])
prop("classmethod_keep", ["bar = Sanitizer.keep(param)"], T, module=SANITIZER_CLS, imports=["import re"])
prop("helper_loose_branch", ["bar = normalize(param)"], T, module=NORMALIZE, imports=["import re"])
prop("helper_strict_branch", ["bar = normalize(param, strict=True)"], F_CHARS, module=NORMALIZE, imports=["import re"])
prop("sanitizer_discarded", ['re.sub(r"[^A-Za-z0-9]", "", param)', "bar = param"], T, imports=["import re"])
prop("sanitized_wrong_var", ['clean = re.sub(r"[^A-Za-z0-9]", "", param)', 'bar = param if clean else ""'], T, imports=["import re"])
# sanitized only when long: a short payload passes raw
prop("sanitized_when_long", ["bar = param", "if len(bar) > 32:", '    bar = re.sub(r"[^A-Za-z0-9]", "", bar)'],
     lambda c: None if c == "deser" else True, imports=["import re"])
prop("sanitized_last", ["bar = param.strip()", 'bar = re.sub(r"[^A-Za-z0-9]", "", bar)'], F_CHARS, imports=["import re"])
prop("dict_get_present", ['options = {"term": param}', 'bar = options.get("term", "none")'], T)
prop("dict_get_default_taint", ['options = {"mode": "basic"}', 'bar = options.get("term", param)'], T)
prop("dict_get_default_unused", ['options = {"term": "basic"}', 'bar = options.get("term", param)'], F)
prop("setdefault_new", ["options = {}", 'options.setdefault("term", param)', 'bar = options["term"]'], T)
prop("setdefault_existing", ['options = {"term": "basic"}', 'options.setdefault("term", param)', 'bar = options["term"]'], F)
prop("update_other_key", ['options = {"a": "safe"}', 'options.update({"b": param})', 'bar = options["a"]'], F)
prop("update_kw", ['options = {"a": "safe"}', "options.update(a=param)", 'bar = options["a"]'], T)
prop("defaultdict_key", ["store = collections.defaultdict(str)", 'store["term"] = param', 'bar = store["term"]'], T, imports=["import collections"])
prop("defaultdict_missing", ["store = collections.defaultdict(str)", 'store["term"] = param', 'bar = store["other"] or "none"'], F,
     imports=["import collections"])
prop("extend_index", ['items = ["safe"]', 'items.extend([param, "more"])', "bar = items[1]"], T)
prop("extend_other", ['items = ["safe"]', 'items.extend([param, "more"])', "bar = items[2]"], F)
prop("insert_front", ['items = ["a", "b"]', "items.insert(0, param)", "bar = items[0]"], T)
prop("insert_shifted", ['items = ["a", "b"]', "items.insert(0, param)", "bar = items[2]"], F)
prop("reverse_last", ['items = [param, "safe"]', "items.reverse()", "bar = items[-1]"], T)
prop("reverse_first", ['items = [param, "safe"]', "items.reverse()", "bar = items[0]"], F)
prop("tuple_swap_taint", ['a, b = param, "safe"', "a, b = b, a", "bar = b"], T)
prop("tuple_swap_safe", ['a, b = param, "safe"', "a, b = b, a", "bar = a"], F)
prop("zip_dict_taint", ['fields = dict(zip(["a", "b"], ["safe", param]))', 'bar = fields["b"]'], T)
prop("zip_dict_safe", ['fields = dict(zip(["a", "b"], ["safe", param]))', 'bar = fields["a"]'], F)
prop("strip_lower", ["bar = param.strip().lower()"], lambda c: None if c == "deser" else True)
prop("format_map", ['bar = "{term}".format_map({"term": param})'], T)
prop("template_substitute", ['bar = string.Template("$term").substitute(term=param)'], T, imports=["import string"])
prop("template_substitute_unused", ['bar = string.Template("$term").substitute(term="all", extra=param)'], F, imports=["import string"])
prop("percent_dict", ['bar = "%(term)s" % {"term": param}'], T)
prop("percent_dict_unused", ['bar = "%(term)s" % {"term": "all", "extra": param}'], F)
prop("partition_tail", ['bar = param.partition("=")[2]'], T)
prop("partition_sep", ['bar = param.partition("=")[1] or "none"'], F)
prop("guard_fullmatch", ['if not re.fullmatch(r"[A-Za-z0-9_]+", param):', "    REJECT", "bar = param"], F_CHARS, imports=["import re"])
# re.match anchors only the start: "abc; rm -rf /" passes [A-Za-z0-9_]+
prop("guard_match_prefix", ['if not re.match(r"[A-Za-z0-9_]+", param):', "    REJECT", "bar = param"], T, imports=["import re"],
     bad=[("redirect", 1), ("nosqli", 1), ("deser", 2), ("ssrf", 2)], cats=("sqli", "cmdi", "xss", "ssti", "ldap", "xpath", "codeinj",
                                                                             "pathtraver", "redirect", "ssrf", "nosqli", "deser", "trustbound"))
prop("guard_log_only", ['if not re.fullmatch(r"[A-Za-z0-9_]+", param):', '    logger.warning("unexpected characters in input")', "bar = param"],
     T, imports=["import re", "import logging"], setup=["logger = logging.getLogger(__name__)"])
prop("guard_isdigit", ["if not param.isdigit():", "    REJECT", "bar = param"], F_CHARS)
prop("guard_isalnum", ["if not param.isalnum():", "    REJECT", "bar = param"], F_CHARS)
prop("guard_inverted", ["if param.isalnum():", "    REJECT", "bar = param"], T)
prop("int_try_return", ["try:", "    n = int(param)", "except ValueError:", "    REJECT", "bar = str(n)"], F)
prop("int_try_raw_fallback", ["try:", "    bar = str(int(param))", "except ValueError:", "    bar = param"], T)
prop("allowlist_index", ["try:", "    bar = CHOICES[param]", "except KeyError:", "    REJECT"], F, setup=CHOICES)
prop("allowlist_get_self", ["bar = CHOICES.get(param, param)"], T, setup=CHOICES)
prop("allowlist_get_const", ['bar = CHOICES.get(param, "alpha")'], F, setup=CHOICES)
prop("allowlist_or_raw", ["bar = CHOICES.get(param) or param"], T, setup=CHOICES)
prop("allowlist_membership", ['bar = param if param in CHOICES else "alpha"'], F, setup=CHOICES)
prop("walrus_fullmatch", ['if (m := re.fullmatch(r"[A-Za-z0-9_]+", param)) is None:', "    REJECT", "bar = m.group(0)"], F_CHARS,
     imports=["import re"])
prop("walrus_length", ["if (n := len(param)) > 256:", "    REJECT", "bar = param"], T)
prop("ternary_const_false", ['bar = param if False else "safe"'], F)
prop("ternary_module_flag_safe", ['bar = "safe" if STRICT_MODE else param'], F, setup=["STRICT_MODE = True"])
prop("ternary_module_flag_taint", ['bar = param if STRICT_MODE else "safe"'], T, setup=["STRICT_MODE = True"])
prop("while_break_taint", ['bar = "safe"', "while True:", "    bar = param", "    break"], T)
prop("while_break_safe", ["bar = param", "while True:", '    bar = "safe"', "    break"], F)
prop("while_truncate", ["bar = param", "while len(bar) > 200:", "    bar = bar[:200]"], T)
prop("closure_capture", ["def pick():", "    return param", "", "bar = pick()"], T)
prop("closure_const", ["def pick(value):", '    return "safe" if value else "none"', "", "bar = pick(param)"], F)
prop("lambda_taint", ["fmt = lambda v: v.strip()", "bar = fmt(param)"], T)
prop("lambda_ignore", ['fmt = lambda v: "safe"', "bar = fmt(param)"], F)
prop("partial_taint", ['bar = functools.partial(join_parts, "item-")(param)'], T, cats=("sqli", "cmdi", "xss", "ssti", "ldap", "xpath", "trustbound"),
     imports=["import functools"], module=["def join_parts(prefix, value):", "    return prefix + value"])
prop("partial_first", ['bar = functools.partial(first_of, "safe")(param)'], F, imports=["import functools"],
     module=["def first_of(a, b):", "    return a"])
prop("kwargs_used", ["bar = build(term=param)"], T, module=["def build(**opts):", '    return opts.get("term", "")'])
prop("kwargs_unused", ["bar = build(scope=param) or \"none\""], F, module=["def build(**opts):", '    return opts.get("term", "")'])
prop("varargs_last", ['bar = last("safe", param)'], T, module=["def last(*values):", "    return values[-1]"])
prop("varargs_first", ['bar = last(param, "safe")'], F, module=["def last(*values):", "    return values[-1]"])
prop("generator_fn_taint", ["bar = list(pieces(param))[1]"], T, module=["def pieces(value):", '    yield "safe"', "    yield value"])
prop("generator_fn_safe", ["bar = list(pieces(param))[0]"], F, module=["def pieces(value):", '    yield "safe"', "    yield value"])
prop("genexp_alnum", ['bar = "".join(ch for ch in param if ch.isalnum())'], F_CHARS)
prop("next_genexp_taint", ['bar = next(v for v in [param, "safe"])'], T)
prop("next_genexp_safe", ['bar = next(v for v in ["safe", param])'], F)
prop("listcomp_split", ['parts = [p.strip() for p in param.split(",")]', "bar = parts[0]"], T, bad=[("deser", 2)])
prop("module_cache", ['CACHE["last"] = param', 'bar = CACHE["last"]'], T, setup=["CACHE = {}"])
prop("fstring_align", ['bar = f"{param:>20}"'], T, cats=("sqli", "nosqli", "cmdi", "xss", "ssti", "ldap", "xpath", "trustbound"))
prop("fstring_repr", ['bar = f"{param!r}"'], T, cats=("sqli", "xss", "ssti", "ldap", "xpath", "trustbound"))
prop("fstring_len_spec", ['bar = f"{len(param):05d}"'], F)
prop("fstring_int_spec", ['bar = f"{int(param):d}"'], F)
prop("bytes_roundtrip", ['bar = param.encode("utf-8").decode("utf-8")'], T)
prop("bytes_ctor", ['bar = bytes(param, "utf-8").decode("ascii", "ignore")'], T)
prop("hex_encode", ['bar = param.encode("utf-8").hex()'], lambda c: None if c in ("deser", "ssrf", "trustbound") else False)
# url-safe base64 has no quote, dot, slash or bracket; decoded it is the input again
prop("b64_encode_only", ['bar = base64.urlsafe_b64encode(param.encode("utf-8")).decode("ascii")'],
     lambda c: {"deser": True, "sqli": False, "cmdi": False, "pathtraver": False, "xss": False, "ssti": False, "xpath": False,
                "ldap": False}.get(c), imports=["import base64"], bad=[("deser", 1), ("deser", 2), ("deser", 3)])
prop("json_roundtrip", ['payload = json.dumps({"q": param})', 'bar = json.loads(payload)["q"]'], T, imports=["import json"])


# --------------------------------------------------------------------------
# Sink-specific cases: body lines using `bar` (= param); "!" marks the
# finding line of a true case. fws: the frameworks it is rendered for.
# --------------------------------------------------------------------------
SPECIFIC = []


def case(cat, key, truth, body, fws=("flask", "django"), **kw):
    SPECIFIC.append(dict(cat=cat, key=key, truth=truth, body=body, fws=fws, kw=kw))


SQ = dict(imports=["import sqlite3"])
CONN = 'conn = sqlite3.connect("benchmark.db")'
case("sqli", "percent_tuple", True, [CONN, '!rows = conn.execute("SELECT id FROM users WHERE name = \'%s\'" % (bar,)).fetchall()', "result = len(rows)"], **SQ)
case("sqli", "bound_tuple", False, [CONN, 'rows = conn.execute("SELECT id FROM users WHERE name = ?", (bar,)).fetchall()', "result = len(rows)"], **SQ)
case("sqli", "named_params", False, [CONN, 'rows = conn.execute("SELECT id FROM users WHERE name = :name", {"name": bar}).fetchall()',
                                     "result = len(rows)"], **SQ)
case("sqli", "augmented_query", True, [CONN, 'sql = "SELECT id FROM users WHERE active = 1"', "sql += \" AND name = '\" + bar + \"'\"",
                                       "!rows = conn.execute(sql).fetchall()", "result = len(rows)"], **SQ)
case("sqli", "augmented_bound", False, [CONN, 'sql = "SELECT id FROM users WHERE active = 1"', 'sql += " AND name = ?"',
                                        "rows = conn.execute(sql, (bar,)).fetchall()", "result = len(rows)"], **SQ)
case("sqli", "str_format", True, [CONN, "sql = \"SELECT id FROM users WHERE name = '{}'\".format(bar)", "!rows = conn.execute(sql).fetchall()",
                                  "result = len(rows)"], **SQ)
case("sqli", "join_parts", True, [CONN, 'sql = " ".join(["SELECT id FROM users WHERE id =", bar])', "!rows = conn.execute(sql).fetchall()",
                                  "result = len(rows)"], **SQ)
case("sqli", "executemany_bound", False, [CONN, 'conn.executemany("INSERT INTO searches (term) VALUES (?)", [(bar,)])', "conn.commit()",
                                          "result = True"], **SQ)
case("sqli", "table_allowlist", False, [CONN, 'table = TABLES.get(bar, "products")', 'rows = conn.execute("SELECT COUNT(*) FROM " + table).fetchall()',
                                        "result = rows[0][0]"], setup=['TABLES = {"p": "products", "o": "orders"}'], **SQ)
case("sqli", "placeholder_list", False, [CONN, 'ids = bar.split(",")', 'marks = ",".join("?" for _ in ids)',
                                         'rows = conn.execute("SELECT name FROM users WHERE id IN (" + marks + ")", ids).fetchall()',
                                         "result = len(rows)"], **SQ)
case("sqli", "placeholder_list_raw", True, [CONN, 'ids = bar.split(",")', '!rows = conn.execute("SELECT name FROM users WHERE id IN (" + ",".join(ids) + ")").fetchall()',
                                            "result = len(rows)"], **SQ)
case("sqli", "django_raw_params", False, ['rows = list(User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [bar]))', "result = len(rows)"],
     fws=("django",), imports=["from django.contrib.auth.models import User"])
case("sqli", "django_raw_fstring", True, ['!rows = list(User.objects.raw(f"SELECT * FROM auth_user WHERE username = \'{bar}\'"))', "result = len(rows)"],
     fws=("django",), imports=["from django.contrib.auth.models import User"])
case("sqli", "django_extra_where", True, ['!qs = User.objects.extra(where=["username = \'%s\'" % bar])', "result = qs.count()"],
     fws=("django",), imports=["from django.contrib.auth.models import User"])
case("sqli", "django_orm_filter", False, ["qs = User.objects.filter(username=bar)", "result = qs.count()"],
     fws=("django",), imports=["from django.contrib.auth.models import User"])
case("sqli", "sqlalchemy_bindparams", False, ['engine = create_engine("sqlite:///benchmark.db")', "with engine.connect() as c:",
                                              '    stmt = text("SELECT id FROM users WHERE name = :n").bindparams(n=bar)',
                                              "    result = c.execute(stmt).fetchall()"], imports=["from sqlalchemy import create_engine, text"])
PG = dict(imports=["import os", "import psycopg2", "from psycopg2 import sql"], setup=['DSN = os.environ["DATABASE_URL"]'])
case("sqli", "psycopg_identifier", False, ["conn = psycopg2.connect(DSN)", "cur = conn.cursor()",
                                           'cur.execute(sql.SQL("SELECT id FROM {} LIMIT 10").format(sql.Identifier(bar)))', "result = cur.fetchall()"], **PG)
case("sqli", "psycopg_sql_raw", True, ["conn = psycopg2.connect(DSN)", "cur = conn.cursor()",
                                       '!cur.execute(sql.SQL("SELECT id FROM users WHERE {}").format(sql.SQL(bar)))', "result = cur.fetchall()"], **PG)
case("sqli", "psycopg_pyformat", False, ["conn = psycopg2.connect(DSN)", "cur = conn.cursor()",
                                         'cur.execute("SELECT id FROM users WHERE name = %(name)s", {"name": bar})', "result = cur.fetchall()"], **PG)

MG = dict(imports=["from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
case("nosqli", "json_value_in_filter", True, ['!doc = db.users.find_one({"name": json.loads(bar)})', "result = doc is not None"],
     imports=["import json", "from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
case("nosqli", "int_value", False, ['doc = db.users.find_one({"age": int(bar)})', "result = doc is not None"], **MG)
case("nosqli", "aggregate_match_json", True, ['!docs = list(db.users.aggregate([{"$match": json.loads(bar)}]))', "result = len(docs)"],
     imports=["import json", "from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
case("nosqli", "where_fstring", True, ['!docs = list(db.users.find({"$where": f"this.age > {bar}"}))', "result = len(docs)"], **MG)
case("nosqli", "where_int", False, ['limit = int(bar)', 'docs = list(db.users.find({"$where": f"this.age > {limit}"}))', "result = len(docs)"], **MG)
case("nosqli", "objectid", False, ['doc = db.users.find_one({"_id": ObjectId(bar)})', "result = doc is not None"],
     imports=["from bson import ObjectId", "from pymongo import MongoClient"], setup=g3.MONGO_SETUP)
case("nosqli", "json_str_coerced", False, ['name = str(json.loads(bar).get("name", ""))', 'doc = db.users.find_one({"name": name})',
                                           "result = doc is not None"], imports=["import json", "from pymongo import MongoClient"], setup=g3.MONGO_SETUP)

SP = dict(imports=["import subprocess"])
case("cmdi", "env_var_quoted", False, ['proc = subprocess.run(\'grep -- "$PATTERN" /var/log/app.log\', shell=True, env={"PATTERN": bar}, capture_output=True)',
                                       "result = proc.returncode"], **SP)
case("cmdi", "string_no_shell", False, ['proc = subprocess.run("ls -l " + bar, shell=False, capture_output=True)', "result = proc.returncode"], **SP)
case("cmdi", "shlex_split_program", True, ["!proc = subprocess.run(shlex.split(bar), capture_output=True)", "result = proc.returncode"],
     imports=["import shlex", "import subprocess"])
case("cmdi", "list_program", True, ['!proc = subprocess.run([bar, "--version"], capture_output=True)', "result = proc.returncode"], **SP)
case("cmdi", "sh_c_list_run", True, ['!proc = subprocess.run(["sh", "-c", "ls " + bar], capture_output=True)', "result = proc.returncode"], **SP)
case("cmdi", "shell_quoted_run", False, ['proc = subprocess.run("ls -l " + shlex.quote(bar), shell=True, capture_output=True)', "result = proc.returncode"],
     imports=["import shlex", "import subprocess"])
case("cmdi", "quote_discarded", True, ["shlex.quote(bar)", '!proc = subprocess.run("ls -l " + bar, shell=True, capture_output=True)',
                                       "result = proc.returncode"], imports=["import shlex", "import subprocess"])
case("cmdi", "quote_then_raw", True, ["quoted = shlex.quote(bar)", '!result = os.system("ls -l " + quoted + " " + bar)'],
     imports=["import os", "import shlex"])
case("cmdi", "quote_reassigned", True, ["bar = shlex.quote(bar)", "bar = param.strip()", '!result = os.system("ls -l " + bar)'],
     imports=["import os", "import shlex"])
case("cmdi", "program_allowlist", False, ['program = TOOLS.get(bar, "/usr/bin/true")', "proc = subprocess.run([program], capture_output=True)",
                                          "result = proc.returncode"], setup=['TOOLS = {"disk": "/usr/bin/df", "uptime": "/usr/bin/uptime"}'], **SP)
case("cmdi", "shell_const_arg_list", False, ['proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)', "result = proc.returncode"], **SP)
case("cmdi", "check_call_shell", True, ['!result = subprocess.check_call("tar czf /tmp/backup.tgz " + bar, shell=True)'], **SP)
case("cmdi", "getoutput", True, ['!result = subprocess.getoutput("whois " + bar)'], **SP)
case("cmdi", "int_in_shell", False, ['result = os.system("sleep " + str(int(bar)))'], imports=["import os"])

case("codeinj", "restricted_globals", True, ['!result = eval(bar, {"__builtins__": {}}, {})'])
case("codeinj", "compile_exec", True, ['!code = compile(bar, "<report>", "exec")', "namespace = {}", "!exec(code, namespace)", "result = len(namespace)"])
case("codeinj", "int_expr", False, ['result = eval("1 + " + str(int(bar)))'])
case("codeinj", "snippet_allowlist", False, ['exec(SNIPPETS.get(bar, "pass"), {})', "result = True"],
     setup=['SNIPPETS = {"reset": "counter = 0", "noop": "pass"}'])
case("codeinj", "json_parse", False, ["result = json.loads(bar)"], imports=["import json"])
case("codeinj", "exec_fstring", True, ['!exec(f"total = {bar}", {})', "result = True"])
case("codeinj", "literal_eval_then_eval", False, ["value = ast.literal_eval(bar)", 'result = eval("value * 2", {}, {"value": value})'],
     imports=["import ast"])

B = dict(imports=["import os"], setup=g3.BASE_SETUP)
BR = dict(imports=["import os"], setup=['BASE_ROOT = "/srv/app/testfiles"'])
case("pathtraver", "normpath_prefix_reject", False, ["full = os.path.normpath(os.path.join(BASE_DIR, bar))", "if not full.startswith(BASE_DIR):", "    REJECT",
                                                     "with open(full) as fh:", "    result = len(fh.read())"], **B)
case("pathtraver", "abspath_prefix_reject", False, ["full = os.path.abspath(os.path.join(BASE_DIR, bar))", "if not full.startswith(BASE_DIR):", "    REJECT",
                                                    "with open(full) as fh:", "    result = len(fh.read())"], **B)
# no trailing separator: /srv/app/testfiles-private/... passes the check
case("pathtraver", "normpath_prefix_no_sep", True, ["full = os.path.normpath(os.path.join(BASE_ROOT, bar))", "if not full.startswith(BASE_ROOT):", "    REJECT",
                                                    "!with open(full) as fh:", "    result = len(fh.read())"], **BR)
case("pathtraver", "normpath_no_check", True, ["full = os.path.normpath(os.path.join(BASE_DIR, bar))", "!with open(full) as fh:", "    result = len(fh.read())"], **B)
# an absolute path needs no ".."
case("pathtraver", "replace_dotdot_absolute", True, ['name = bar.replace("..", "")', "!with open(os.path.join(BASE_DIR, name)) as fh:", "    result = len(fh.read())"], **B)
case("pathtraver", "basename_discarded", True, ["os.path.basename(bar)", "!with open(os.path.join(BASE_DIR, bar)) as fh:", "    result = len(fh.read())"], **B)
case("pathtraver", "pathlib_name", False, ["target = pathlib.Path(BASE_DIR) / pathlib.Path(bar).name", "result = len(target.read_text())"],
     imports=["import pathlib"], setup=g3.BASE_SETUP)
case("pathtraver", "send_from_directory", False, ["return send_from_directory(BASE_DIR, bar)"], fws=("flask",), flask=["send_from_directory"],
     setup=g3.BASE_SETUP, ret=True)
case("pathtraver", "send_file_join", True, ["!return send_file(os.path.join(BASE_DIR, bar))"], fws=("flask",), flask=["send_file"], ret=True, **B)
case("pathtraver", "safe_join_checked", False, ["full = safe_join(BASE_DIR, bar)", "if full is None:", "    REJECT", "with open(full) as fh:",
                                                "    result = len(fh.read())"], imports=["from werkzeug.utils import safe_join"], setup=g3.BASE_SETUP)
case("pathtraver", "file_response", True, ['!return FileResponse(open(os.path.join(BASE_DIR, bar), "rb"))'], fws=("django",),
     imports=["import os", "from django.http import FileResponse"], setup=g3.BASE_SETUP, ret=True)
case("pathtraver", "id_to_name", False, ['name = "report-%d.txt" % int(bar)', "with open(os.path.join(BASE_DIR, name)) as fh:", "    result = len(fh.read())"], **B)
case("pathtraver", "os_remove", True, ["!os.remove(os.path.join(BASE_DIR, bar))", "result = True"], **B)
case("pathtraver", "write_upload_name", True, ['!with open(BASE_DIR + bar, "w") as fh:', '    fh.write("uploaded")', "result = True"], setup=g3.BASE_SETUP)
case("pathtraver", "realpath_commonpath_reject", False, ["full = os.path.realpath(os.path.join(BASE_ROOT, bar))",
                                                         "if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:", "    REJECT",
                                                         "with open(full) as fh:", "    result = len(fh.read())"], **BR)

# XSS: per framework bodies
XSS = {
    "markup_percent": (False, {"flask": (['return Markup("<p>Hello %s</p>") % bar'], dict(imports=["from markupsafe import Markup"])),
                               "fastapi": (['return HTMLResponse(Markup("<p>Hello %s</p>") % bar)'],
                                           dict(imports=["from markupsafe import Markup", "from fastapi.responses import HTMLResponse"]))}),
    "markup_format": (False, {"flask": (['return Markup("<p>Hello {}</p>").format(bar)'], dict(imports=["from markupsafe import Markup"]))}),
    "markup_fstring": (True, {"flask": (['!return Markup(f"<p>Hello {bar}</p>")'], dict(imports=["from markupsafe import Markup"]))}),
    "markupsafe_escape": (False, {"flask": (['return "<p>Hello " + str(escape(bar)) + "</p>"'], dict(imports=["from markupsafe import escape"]))}),
    "escape_discarded": (True, {"flask": (["html.escape(bar)", '!return "<p>Hello " + bar + "</p>"'], dict(imports=["import html"])),
                                "django": (["escape(bar)", '!return HttpResponse("<p>Hello " + bar + "</p>")'],
                                           dict(imports=["from django.http import HttpResponse", "from django.utils.html import escape"]))}),
    "escape_reassigned_raw": (True, {"flask": (["safe = html.escape(bar)", '!return "<p>Hello " + safe + " (" + bar + ")</p>"'], dict(imports=["import html"]))}),
    "escape_quote_false_attr": (True, {"flask": (['!return \'<a title="\' + html.escape(bar, quote=False) + \'">profile</a>\''], dict(imports=["import html"])),
                                       "fastapi": (['!return HTMLResponse(\'<a title="\' + html.escape(bar, quote=False) + \'">profile</a>\')'],
                                                   dict(imports=["import html", "from fastapi.responses import HTMLResponse"]))}),
    "escape_attr": (False, {"flask": (['return \'<a title="\' + html.escape(bar) + \'">profile</a>\''], dict(imports=["import html"]))}),
    "render_template_var": (False, {"flask": (['return render_template("profile.html", name=bar)'], dict(flask=["render_template"])),
                                    "django": (['return render(request, "profile.html", {"name": bar})'], dict(imports=["from django.shortcuts import render"]))}),
    "jsonify": (False, {"flask": (["return jsonify(name=bar)"], dict(flask=["jsonify"])),
                        "django": (['return JsonResponse({"name": bar})'], dict(imports=["from django.http import JsonResponse"])),
                        "fastapi": (['return {"name": bar}'], {})}),
    "json_dumps_html": (True, {"flask": (['!return make_response(json.dumps({"name": bar}))'], dict(imports=["import json"], flask=["make_response"]))}),
    "json_content_type": (False, {"django": (['return HttpResponse(json.dumps({"name": bar}), content_type="application/json")'],
                                             dict(imports=["import json", "from django.http import HttpResponse"]))}),
    "format_html": (False, {"django": (['return HttpResponse(format_html("<p>Hello {}</p>", bar))'],
                                       dict(imports=["from django.http import HttpResponse", "from django.utils.html import format_html"]))}),
    "mark_safe": (True, {"django": (['!return HttpResponse(mark_safe("<p>Hello " + bar + "</p>"))'],
                                    dict(imports=["from django.http import HttpResponse", "from django.utils.safestring import mark_safe"]))}),
    "escape_then_mark_safe": (False, {"django": (['return HttpResponse(mark_safe("<p>Hello " + escape(bar) + "</p>"))'],
                                                 dict(imports=["from django.http import HttpResponse", "from django.utils.html import escape",
                                                               "from django.utils.safestring import mark_safe"]))}),
    "response_media_html": (True, {"fastapi": (['!return Response(content="<p>" + bar + "</p>", media_type="text/html")'],
                                               dict(imports=["from fastapi import Response"]))}),
    "response_media_json": (False, {"fastapi": (['return Response(content=json.dumps({"name": bar}), media_type="application/json")'],
                                                dict(imports=["import json", "from fastapi import Response"]))}),
    "int_in_html": (False, {"flask": (['return "<p>Page " + str(int(bar)) + "</p>"'], {}),
                            "django": (['return HttpResponse("<p>Page %d</p>" % int(bar))'], dict(imports=["from django.http import HttpResponse"]))}),
    "html_const_list_choice": (False, {"flask": (['color = bar if bar in ("red", "green") else "black"', 'return "<p style=\\"color:" + color + "\\">hi</p>"'], {})}),
    "response_write": (True, {"django": (["resp = HttpResponse()", '!resp.write("<p>Hello " + bar + "</p>")', "return resp"],
                                         dict(imports=["from django.http import HttpResponse"]))}),
}
for key, (truth, per) in XSS.items():
    for fw, (body, kw) in per.items():
        case("xss", key, truth, body, fws=(fw,), ret=True, **kw)

case("ssti", "from_string_env", True, ["env = Environment()", '!result = env.from_string(bar).render(user="guest")'], imports=["from jinja2 import Environment"])
case("ssti", "context_kwargs_dict", False, ['return render_template_string("<p>Hello {{ name }}</p>", **{"name": bar})'], fws=("flask",),
     flask=["render_template_string"], ret=True)
case("ssti", "template_percent", True, ['source = "<p>Hello %s</p>" % bar', "!return render_template_string(source)"], fws=("flask",),
     flask=["render_template_string"], ret=True)
case("ssti", "const_module_template", False, ["return render_template_string(GREETING, name=bar)"], fws=("flask",), flask=["render_template_string"],
     ret=True, setup=['GREETING = "<p>Hello {{ name }}</p>"'])
case("ssti", "django_engine_from_string", True, ['!tmpl = engines["django"].from_string("<p>" + bar + "</p>")', "result = tmpl.render({})"],
     fws=("django",), imports=["from django.template import engines"])
case("ssti", "django_engine_context", False, ['tmpl = engines["django"].from_string("<p>{{ name }}</p>")', 'result = tmpl.render({"name": bar})'],
     fws=("django",), imports=["from django.template import engines"])
case("ssti", "jinja_template_var", False, ['result = jinja2.Template("Hello {{ name }}").render(name=bar)'], fws=("fastapi", "flask"), imports=["import jinja2"])
case("ssti", "jinja_template_concat", True, ['!result = jinja2.Template("Hello " + bar).render()'], fws=("fastapi",), imports=["import jinja2"])
case("ssti", "sandbox_from_string", False, ["env = SandboxedEnvironment()", 'result = env.from_string(bar).render(user="guest")'],
     imports=["from jinja2.sandbox import SandboxedEnvironment"], fws=("fastapi", "django"))

case("redirect", "url_for_target", False, ['return redirect(url_for("profile", username=bar))'], fws=("flask",), flask=["redirect", "url_for"], ret=True)
case("redirect", "dict_target", False, ['return redirect(TARGETS.get(bar, "/home"))'], fws=("flask",), flask=["redirect"], ret=True,
     setup=['TARGETS = {"home": "/home", "docs": "/docs"}'])
case("redirect", "dict_target_self", True, ["!return redirect(TARGETS.get(bar, bar))"], fws=("flask",), flask=["redirect"], ret=True,
     setup=['TARGETS = {"home": "/home", "docs": "/docs"}'])
case("redirect", "location_header", True, ['resp = make_response("", 302)', '!resp.headers["Location"] = bar', "return resp"], fws=("flask",),
     flask=["make_response"], ret=True)
case("redirect", "response_location_kw", True, ['!return Response(status=302, headers={"Location": bar})'], fws=("flask",), flask=["Response"], ret=True)
case("redirect", "quoted_path_prefix", False, ['return redirect("/profile/" + urllib.parse.quote(bar, safe=""))'], fws=("flask",),
     flask=["redirect"], imports=["import urllib.parse"], ret=True)
case("redirect", "django_named_route", False, ['return redirect("profile", username=bar)'], fws=("django",),
     imports=["from django.shortcuts import redirect"], ret=True)
case("redirect", "django_location_header", True, ["resp = HttpResponse(status=302)", '!resp["Location"] = bar', "return resp"], fws=("django",),
     imports=["from django.http import HttpResponse"], ret=True)
case("redirect", "django_permanent", True, ["!return HttpResponsePermanentRedirect(bar)"], fws=("django",),
     imports=["from django.http import HttpResponsePermanentRedirect"], ret=True)
case("redirect", "fastapi_url_for", False, ['return RedirectResponse(request.url_for("home"))'], fws=("fastapi",),
     imports=["from fastapi.responses import RedirectResponse"], ret=True)
case("redirect", "fastapi_fstring_host", True, ['!return RedirectResponse(f"https://{bar}/welcome")'], fws=("fastapi",),
     imports=["from fastapi.responses import RedirectResponse"], ret=True)
case("redirect", "referrer_header", True, ['!return redirect(request.referrer or "/")'], fws=("flask",), flask=["redirect"], ret=True)

RQ = dict(imports=["import requests"], setup=g3.PROXY_SETUP)
case("ssrf", "startswith_no_slash", True, ['if not bar.startswith("https://api.example.com"):', "    REJECT",
                                           "!resp = requests.get(bar, proxies=PROXIES, timeout=5)", "result = resp.status_code"], **RQ)
case("ssrf", "startswith_with_slash", False, ['if not bar.startswith("https://api.example.com/"):', "    REJECT",
                                              "resp = requests.get(bar, proxies=PROXIES, timeout=5)", "result = resp.status_code"], **RQ)
case("ssrf", "host_allowlist_reject", False, ["parts = urllib.parse.urlsplit(bar)", 'if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:',
                                              "    REJECT", "resp = requests.get(bar, proxies=PROXIES, timeout=5)", "result = resp.status_code"],
     imports=["import requests", "import urllib.parse"], setup=g3.PROXY_SETUP + ['ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}'])
case("ssrf", "endpoint_dict", False, ['url = ENDPOINTS.get(bar, ENDPOINTS["status"])', "resp = requests.get(url, proxies=PROXIES, timeout=5)",
                                      "result = resp.status_code"],
     setup=g3.PROXY_SETUP + ['ENDPOINTS = {"status": "https://api.example.com/status", "health": "https://api.example.com/health"}'], imports=["import requests"])
case("ssrf", "quoted_path_segment", False, ['resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar, safe=""), proxies=PROXIES, timeout=5)',
                                            "result = resp.status_code"], imports=["import requests", "import urllib.parse"], setup=g3.PROXY_SETUP)
case("ssrf", "subdomain_host", True, ['!resp = requests.get("https://" + bar + ".partners.example.com/feed", proxies=PROXIES, timeout=5)',
                                      "result = resp.status_code"], **RQ)
# urlopen without a proxy handler is also PY-HTTP-NO-PROXY
case("ssrf", "urlopen", True, ["with urllib.request.urlopen(bar, timeout=5) as fh:  # want: PY-SSRF, PY-HTTP-NO-PROXY", "    result = len(fh.read())"], imports=["import urllib.request"])
case("ssrf", "session_get", True, ["with requests.Session() as s:", "    s.proxies.update(PROXIES)", "!    result = s.get(bar, timeout=5).status_code"], **RQ)
case("ssrf", "httpx_client_proxy", True, ['with httpx.Client(proxy="http://egress.internal:3128") as client:', "!    result = client.get(bar).status_code"],
     imports=["import httpx"])
case("ssrf", "url_kwarg", True, ['!resp = requests.request("GET", url=bar, proxies=PROXIES, timeout=5)', "result = resp.status_code"], **RQ)
case("ssrf", "json_body_only", False, ['resp = requests.post("https://api.example.com/notify", json={"url": bar}, proxies=PROXIES, timeout=5)',
                                       "result = resp.status_code"], **RQ)

LX = dict(imports=["from lxml import etree"])
case("xxe", "module_parser_unsafe", True, ['!root = etree.fromstring(bar.encode("utf-8"), PARSER)', 'result = root.findtext("name")'],
     setup=["PARSER = etree.XMLParser(resolve_entities=True, no_network=False)"], **LX)
case("xxe", "module_parser_safe", False, ['root = etree.fromstring(bar.encode("utf-8"), PARSER)', 'result = root.findtext("name")'],
     setup=["PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)"], **LX)
case("xxe", "sax_external_ges", True, ["parser = xml.sax.make_parser()", "parser.setFeature(feature_external_ges, True)",
                                       "handler = xml.sax.ContentHandler()", "parser.setContentHandler(handler)",
                                       '!parser.parse(io.BytesIO(bar.encode("utf-8")))', "result = True"],
     imports=["import io", "import xml.sax", "from xml.sax.handler import feature_external_ges"])
case("xxe", "defused_minidom", False, ["doc = defusedxml.minidom.parseString(bar)", "result = doc.documentElement.tagName"],
     imports=["import defusedxml.minidom"])
case("xxe", "lxml_parse_bytesio_unsafe", True, ["parser = etree.XMLParser(resolve_entities=True)", '!tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)',
                                                "result = tree.getroot().tag"], imports=["import io", "from lxml import etree"])
case("xxe", "lxml_parse_bytesio_safe", False, ["parser = etree.XMLParser(resolve_entities=False, no_network=True)",
                                               'tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)', "result = tree.getroot().tag"],
     imports=["import io", "from lxml import etree"])

XP = dict(imports=["from lxml import etree"], setup=g3.XML_SETUP)
case("xpath", "xpath_variable_compiled", False, ['find = etree.XPath("/Employees/Employee[@emplid=$emplid]")', "result = len(find(EMPLOYEES, emplid=bar))"], **XP)
case("xpath", "xpath_format", True, ["!nodes = EMPLOYEES.xpath(\"/Employees/Employee[@name='{}']\".format(bar))", "result = len(nodes)"], **XP)
case("xpath", "xpath_int", False, ['nodes = EMPLOYEES.xpath("/Employees/Employee[%d]" % int(bar))', "result = len(nodes)"], **XP)
case("xpath", "xpath_evaluator", True, ["evaluator = etree.XPathEvaluator(EMPLOYEES)", "!nodes = evaluator(\"//Employee[@name='\" + bar + \"']\")",
                                        "result = len(nodes)"], **XP)
case("xpath", "xpath_const_choice", False, ['field = bar if bar in ("name", "title") else "name"', 'nodes = EMPLOYEES.xpath("//Employee/" + field)',
                                            "result = len(nodes)"], **XP)

LD = dict(imports=["import ldap"], setup=g3.LDAP_SETUP)
case("ldap", "filter_format", False, ['conn = ldap.initialize("ldap://ldap.example.org")',
                                      'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [bar]))', "result = len(entries)"],
     imports=["import ldap", "from ldap.filter import filter_format"], setup=g3.LDAP_SETUP)
case("ldap", "ldap3_escape", False, ['conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)',
                                     'conn.search(LDAP_BASE, "(uid=" + escape_filter_chars(bar) + ")")', "result = len(conn.entries)"],
     imports=["import ldap3", "from ldap3.utils.conv import escape_filter_chars"], setup=g3.LDAP_SETUP)
case("ldap", "percent_filter", True, ['conn = ldap.initialize("ldap://ldap.example.org")', 'search = "(&(objectClass=person)(mail=%s))" % bar',
                                      "!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, search)", "result = len(entries)"], **LD)
case("ldap", "escape_discarded", True, ['conn = ldap.initialize("ldap://ldap.example.org")', "escape_filter_chars(bar)",
                                        '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")', "result = len(entries)"],
     imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=g3.LDAP_SETUP)
case("ldap", "const_filter_attr_value", False, ['conn = ldap.initialize("ldap://ldap.example.org")',
                                                'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=admin)", ["cn", "mail"])',
                                                "result = len(entries) + len(bar)"], **LD)

case("deser", "yaml_unsafe_loader", True, ["!obj = yaml.load(bar, Loader=yaml.UnsafeLoader)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_unsafe_load", True, ["!obj = yaml.unsafe_load(bar)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_csafe_positional", False, ["obj = yaml.load(bar, yaml.CSafeLoader)", "result = type(obj).__name__"], imports=["import yaml"])
case("deser", "yaml_loader_var_safe", False, ["loader = yaml.SafeLoader", "obj = yaml.load(bar, Loader=loader)", "result = type(obj).__name__"],
     imports=["import yaml"])
case("deser", "yaml_load_all_unsafe", True, ["!docs = list(yaml.load_all(bar, Loader=yaml.Loader))", "result = len(docs)"], imports=["import yaml"])
case("deser", "pickle_server_blob", False, ["obj = pickle.loads(DEFAULTS_BLOB)", "result = len(obj) + len(bar)"], imports=["import pickle"],
     setup=['DEFAULTS_BLOB = pickle.dumps({"theme": "light", "page_size": 20})'])
case("deser", "pickle_dumps_input", False, ["blob = pickle.dumps({\"term\": bar})", "result = len(blob)"], imports=["import pickle"])
case("deser", "pickle_hmac_verified", False, ['raw = base64.b64decode(bar)', "sig, blob = raw[:32], raw[32:]",
                                              "expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).digest()", "if not hmac.compare_digest(sig, expected):",
                                              "    REJECT", "obj = pickle.loads(blob)", "result = type(obj).__name__"],
     imports=["import base64", "import hashlib", "import hmac", "import os", "import pickle"], setup=['SIGNING_KEY = os.environ["SIGNING_KEY"].encode()'])
case("deser", "json_then_dict", False, ["obj = json.loads(bar)", 'result = str(obj.get("name", "")) if isinstance(obj, dict) else ""'],
     imports=["import json"])
case("deser", "pickle_bytes_latin1", True, ['!obj = pickle.loads(bar.encode("latin-1"))', "result = type(obj).__name__"], imports=["import pickle"])

SE = dict(flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'], imports=["import os"])
case("trustbound", "session_int", False, ['session["page_size"] = int(bar)', "result = True"], fws=("flask",), **SE)
case("trustbound", "session_allowlist", False, ['session["theme"] = bar if bar in ("light", "dark") else "light"', "result = True"], fws=("flask",), **SE)
case("trustbound", "session_update", True, ['!session.update({"display_name": bar})', "result = True"], fws=("flask",), **SE)
case("trustbound", "session_nested", True, ['!session["prefs"] = {"theme": bar}', "result = True"], fws=("flask",), **SE)
case("trustbound", "django_session_int", False, ['request.session["page_size"] = int(bar)', "result = True"], fws=("django",))
case("trustbound", "django_session_nested", True, ['!request.session["prefs"] = {"theme": bar}', "result = True"], fws=("django",))
case("trustbound", "session_bool", False, ['session["opted_in"] = bar == "yes"', "result = True"], fws=("flask",), **SE)
case("trustbound", "session_const_after_check", False, ['if bar == "accept":', '    session["tos"] = "accepted"', "result = True"], fws=("flask",), **SE)

# ---------------------------- configuration ----------------------------
CFG = []


def cfg(cat, key, truth, body, fws=None, **kw):
    # one framework per case unless given, rotating
    if fws is None:
        fws = (g3.FWS[len(CFG) % 3],)
    CFG.append(dict(cat=cat, key=key, truth=truth, body=body, fws=fws, kw=kw))


def cookie_case(key, truth, pre, call, fws=None):
    if fws is None:
        fws = (("flask", "django")[len(CFG) % 2],)
    cfg("cookie", key, truth, ("cookie", pre, call), fws=fws)


cookie_case("opts_dict_all", False, ['COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}'], 'resp.set_cookie("session_token", bar, **COOKIE_OPTS)')
cookie_case("opts_dict_missing_secure", True, ['COOKIE_OPTS = {"httponly": True, "samesite": "Lax"}'], 'resp.set_cookie("session_token", bar, **COOKIE_OPTS)')
cookie_case("samesite_strict_no_secure", True, [], 'resp.set_cookie("auth_token", bar, httponly=True, samesite="Strict")')
cookie_case("delete_cookie", False, [], 'resp.delete_cookie("session_token")')
cookie_case("flags_from_true_var", False, ["secure_cookies = True"], 'resp.set_cookie("session_token", bar, secure=secure_cookies, httponly=secure_cookies, samesite="Lax")')
cookie_case("flags_from_false_var", True, ["secure_cookies = False"], 'resp.set_cookie("session_token", bar, secure=secure_cookies, httponly=True, samesite="Lax")')
cookie_case("signed_cookie_noflags", True, [], 'resp.set_signed_cookie("sessionid", bar)', fws=("django",))
cookie_case("signed_cookie_flags", False, [], 'resp.set_signed_cookie("sessionid", bar, secure=True, httponly=True, samesite="Lax")', fws=("django",))
cookie_case("fastapi_all_flags", False, [], 'resp.set_cookie(key="session_token", value=bar, secure=True, httponly=True, samesite="strict")', fws=("fastapi",))
cookie_case("fastapi_httponly_false", True, [], 'resp.set_cookie(key="session_token", value=bar, secure=True, httponly=False, samesite="lax")', fws=("fastapi",))
cookie_case("raw_header_noflags", True, [], 'resp.headers["Set-Cookie"] = "session_token=" + bar + "; Path=/"', fws=("flask",))
cookie_case("raw_header_flags", False, [], 'resp.headers["Set-Cookie"] = "session_token=" + bar + "; Path=/; Secure; HttpOnly; SameSite=Lax"', fws=("flask",))
cookie_case("pref_noflags", False, [], 'resp.set_cookie("language", "en", max_age=3600)')

H = dict(imports=["import hashlib"])
cfg("weakhash", "md5_alias_import", True, ['!result = digest(bar.encode("utf-8")).hexdigest()'], imports=["from hashlib import md5 as digest"])
cfg("weakhash", "sha1_from_import", True, ['!result = sha1(bar.encode("utf-8")).hexdigest()'], imports=["from hashlib import sha1"])
cfg("weakhash", "sha3", False, ['result = hashlib.sha3_256(bar.encode("utf-8")).hexdigest()'], **H)
cfg("weakhash", "blake2b", False, ['result = hashlib.blake2b(bar.encode("utf-8"), digest_size=32).hexdigest()'], **H)
cfg("weakhash", "new_md5_not_security", False, ['result = hashlib.new("md5", bar.encode("utf-8"), usedforsecurity=False).hexdigest()'], **H)
cfg("weakhash", "pycryptodome_md5", True, ['!h = MD5.new(bar.encode("utf-8"))', "result = h.hexdigest()"], imports=["from Crypto.Hash import MD5"])
cfg("weakhash", "pycryptodome_sha256", False, ['h = SHA256.new(bar.encode("utf-8"))', "result = h.hexdigest()"], imports=["from Crypto.Hash import SHA256"])
cfg("weakhash", "cryptography_md5", True, ["!digest = hashes.Hash(hashes.MD5())", 'digest.update(bar.encode("utf-8"))', "result = digest.finalize().hex()"],
    imports=["from cryptography.hazmat.primitives import hashes"])
cfg("weakhash", "md5_copy_update", True, ["!base = hashlib.md5()", 'base.update(b"prefix")', "h = base.copy()", 'h.update(bar.encode("utf-8"))',
                                          "result = h.hexdigest()"], **H)
cfg("weakhash", "sha256_update", False, ["h = hashlib.sha256()", 'h.update(bar.encode("utf-8"))', "result = h.hexdigest()"], **H)
cfg("weakhash", "pbkdf2_sha256", False, ['result = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), SALT, 600000).hex()'],
    setup=['SALT = os.environ["PWD_SALT"].encode()'], imports=["import hashlib", "import os"])
cfg("weakhash", "algo_var_md5", True, ['algo = "md5"', '!result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], **H)

CR = dict(imports=["import os", "from Crypto.Cipher import AES", "from Crypto.Util.Padding import pad"])
CY = dict(imports=["import os", "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"])
cfg("weakcipher", "ecb_module_const", True, ["key = os.urandom(16)", "!cipher = AES.new(key, MODE)", 'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'],
    setup=["MODE = AES.MODE_ECB"], **CR)
cfg("weakcipher", "gcm_module_const", False, ["key = os.urandom(16)", "cipher = AES.new(key, MODE)", 'ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))',
                                              "result = (cipher.nonce + tag + ct).hex()"], setup=["MODE = AES.MODE_GCM"], imports=["import os", "from Crypto.Cipher import AES"])
cfg("weakcipher", "cbc_const_iv_positional", True, ["key = os.urandom(16)", "!cipher = AES.new(key, AES.MODE_CBC, IV)",
                                                    'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'], setup=['IV = b"\\x00" * 16'], **CR)
cfg("weakcipher", "ctr_random_nonce", False, ["key = os.urandom(32)", "cipher = AES.new(key, AES.MODE_CTR, nonce=os.urandom(8))",
                                              'result = (cipher.nonce + cipher.encrypt(bar.encode("utf-8"))).hex()'], imports=["import os", "from Crypto.Cipher import AES"])
cfg("weakcipher", "chacha20_poly1305", False, ["key = ChaCha20Poly1305.generate_key()", "nonce = os.urandom(12)",
                                               'result = ChaCha20Poly1305(key).encrypt(nonce, bar.encode("utf-8"), None).hex()'],
    imports=["import os", "from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305"])
cfg("weakcipher", "crypto_cbc_zero_iv", True, ["key = os.urandom(32)", '!encryptor = Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16)).encryptor()',
                                               'result = (encryptor.update(bar.encode("utf-8").ljust(16)[:16]) + encryptor.finalize()).hex()'], **CY)
cfg("weakcipher", "crypto_cbc_random_iv", False, ["key = os.urandom(32)", "iv = os.urandom(16)", "encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()",
                                                  'result = (iv + encryptor.update(bar.encode("utf-8").ljust(16)[:16]) + encryptor.finalize()).hex()'], **CY)
cfg("weakcipher", "rsa_1024", True, ["!key = rsa.generate_private_key(public_exponent=65537, key_size=1024)", 'result = len(bar) + key.key_size'],
    imports=["from cryptography.hazmat.primitives.asymmetric import rsa"])
cfg("weakcipher", "rsa_3072", False, ["key = rsa.generate_private_key(public_exponent=65537, key_size=3072)", 'result = len(bar) + key.key_size'],
    imports=["from cryptography.hazmat.primitives.asymmetric import rsa"])
cfg("weakcipher", "pycryptodome_rsa_1024", True, ["!key = RSA.generate(1024)", "result = len(bar) + key.size_in_bits()"], imports=["from Crypto.PublicKey import RSA"])
cfg("weakcipher", "crypto_ecb_var", True, ["key = os.urandom(32)", "!mode = modes.ECB()", "encryptor = Cipher(algorithms.AES(key), mode).encryptor()",
                                           'result = (encryptor.update(bar.encode("utf-8").ljust(16)[:16]) + encryptor.finalize()).hex()'], **CY)
cfg("weakcipher", "des3_eax", True, ["key = DES3.adjust_key_parity(os.urandom(24))", "!cipher = DES3.new(key, DES3.MODE_EAX)",
                                     'result = cipher.encrypt(bar.encode("utf-8")).hex()'], imports=["import os", "from Crypto.Cipher import DES3"])

R = dict(imports=["import random"])
cfg("weakrandom", "password_sample", True, ['!password = "".join(random.sample(ALPHABET, 12))', "result = len(password) + len(bar)"],
    setup=['ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"'], **R)
cfg("weakrandom", "api_key_choices", True, ['!api_key = "".join(random.choices(ALPHABET, k=32))', "result = len(api_key) + len(bar)"],
    setup=['ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"'], **R)
cfg("weakrandom", "reset_code_randrange", True, ['!reset_code = "%06d" % random.randrange(1000000)', "result = len(reset_code + bar)"], **R)
cfg("weakrandom", "system_random_instance", False, ["rng = random.SystemRandom()", 'token = "".join(rng.choice(ALPHABET) for _ in range(32))',
                                                    "result = len(token) + len(bar)"], setup=['ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"'], **R)
cfg("weakrandom", "system_random_import", False, ["otp = str(SystemRandom().randint(100000, 999999))", "result = len(otp + bar)"],
    imports=["from random import SystemRandom"])
cfg("weakrandom", "secrets_choice", False, ['token = "".join(secrets.choice(ALPHABET) for _ in range(32))', "result = len(token) + len(bar)"],
    setup=['ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"'], imports=["import secrets"])
cfg("weakrandom", "urandom_hex", False, ["session_key = os.urandom(16).hex()", "result = len(session_key + bar)"], imports=["import os"])
cfg("weakrandom", "ab_bucket_seeded", False, ["rng = random.Random(len(bar))", 'variant = "A" if rng.random() < 0.5 else "B"', "result = variant"], **R)
cfg("weakrandom", "shuffle_quiz", False, ["questions = list(QUESTIONS)", "random.shuffle(questions)", "result = questions[:3] + [bar[:0]]"],
    setup=['QUESTIONS = ["q1", "q2", "q3", "q4", "q5"]'], **R)
cfg("weakrandom", "nonce_randint", True, ['!nonce = str(random.randint(0, 2 ** 32))', "result = len(nonce + bar)"], **R)
cfg("weakrandom", "from_import_choice_token", True, ['!invite_token = "".join(choice(ALPHABET) for _ in range(20))', "result = len(invite_token + bar)"],
    setup=['ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"'], imports=["from random import choice"])
cfg("weakrandom", "secrets_token_urlsafe", False, ["csrf_token = secrets.token_urlsafe(32)", "result = len(csrf_token + bar)"], imports=["import secrets"])

TLSU = g3.TLS_URL
TL = dict(imports=["import requests"], setup=g3.PROXY_SETUP)
HC = ['conn = http.client.HTTPSConnection("partner.example.com", context=ctx)', 'conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))',
      "result = conn.getresponse().status"]
HCI = ["import http.client", "import ssl", "import urllib.parse"]
cfg("tlsverify", "verify_from_env", False, ['resp = requests.get(%s, params={"q": bar}, verify=VERIFY_TLS, proxies=PROXIES, timeout=5)' % TLSU,
                                            "result = resp.status_code"], setup=g3.PROXY_SETUP + ['VERIFY_TLS = os.environ.get("VERIFY_TLS", "1") != "0"'],
    imports=["import os", "import requests"])
cfg("tlsverify", "verify_config_false", True, ['!resp = requests.get(%s, params={"q": bar}, verify=SETTINGS["verify"], proxies=PROXIES, timeout=5)' % TLSU,
                                               "result = resp.status_code"], setup=g3.PROXY_SETUP + ['SETTINGS = {"verify": False, "timeout": 5}'], **{"imports": ["import requests"]})
cfg("tlsverify", "verify_config_true", False, ['resp = requests.get(%s, params={"q": bar}, verify=SETTINGS["verify"], proxies=PROXIES, timeout=5)' % TLSU,
                                               "result = resp.status_code"], setup=g3.PROXY_SETUP + ['SETTINGS = {"verify": True, "timeout": 5}'], **{"imports": ["import requests"]})
cfg("tlsverify", "debug_flag_off", False, ['resp = requests.get(%s, params={"q": bar}, verify=False if DEBUG else True, proxies=PROXIES, timeout=5)' % TLSU,
                                           "result = resp.status_code"], setup=g3.PROXY_SETUP + ["DEBUG = False"], imports=["import requests"])
cfg("tlsverify", "sslcontext_no_args", True, ["!ctx = ssl.SSLContext()"] + HC, imports=HCI)
cfg("tlsverify", "sslcontext_tls_client", False, ["ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)", "ctx.load_default_certs()"] + HC, imports=HCI)
cfg("tlsverify", "context_cert_required", False, ["ctx = ssl.create_default_context()", "ctx.verify_mode = ssl.CERT_REQUIRED", "ctx.check_hostname = True"] + HC,
    imports=HCI)
cfg("tlsverify", "context_load_ca", False, ["ctx = ssl.create_default_context()", 'ctx.load_verify_locations("/etc/ssl/certs/partner-ca.pem")'] + HC, imports=HCI)
cfg("tlsverify", "aiohttp_ssl_false", True, ["async with aiohttp.ClientSession() as client:",
                                             '!    async with client.get(%s, params={"q": bar}, ssl=False, proxy="http://egress.internal:3128") as resp:' % TLSU,
                                             "        result = resp.status"], imports=["import aiohttp"], fws=("fastapi",), asyn=True)
cfg("tlsverify", "httpx_async_verify_false", True, ['!async with httpx.AsyncClient(verify=False, proxy="http://egress.internal:3128") as client:',
                                                    '    result = (await client.get(%s, params={"q": bar})).status_code' % TLSU], imports=["import httpx"],
    fws=("fastapi",), asyn=True)
cfg("tlsverify", "session_verify_ca", False, ["s = requests.Session()", 's.verify = "/etc/ssl/certs/partner-ca.pem"', "s.proxies.update(PROXIES)",
                                              'resp = s.get(%s, params={"q": bar}, timeout=5)' % TLSU, "result = resp.status_code"], **TL)
cfg("tlsverify", "poolmanager_cert_none", True, ['!http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs=ssl.CERT_NONE)',
                                                 'resp = http.request("GET", %s, fields={"q": bar})' % TLSU, "result = resp.status"],
    imports=["import ssl", "import urllib3"])

J = dict(imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]'])
cfg("jwt", "verify_signature_true", False, ['claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": True})',
                                            'result = claims.get("sub")'], **J)
cfg("jwt", "algorithms_with_none", True, ['!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256", "none"])', 'result = claims.get("sub")'], **J)
cfg("jwt", "algorithms_module_list", False, ["claims = jwt.decode(bar, JWT_KEY, algorithms=ALGORITHMS)", 'result = claims.get("sub")'],
    setup=['JWT_KEY = os.environ["JWT_KEY"]', 'ALGORITHMS = ["HS256"]'], imports=["import os", "import jwt"])
cfg("jwt", "pyjwt_instance_unverified", True, ['!claims = jwt.PyJWT().decode(bar, options={"verify_signature": False})', 'result = claims.get("sub")'], **J)
cfg("jwt", "verify_aud_off", False, ['claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_aud": False})', 'result = claims.get("sub")'], **J)
cfg("jwt", "options_built_false", True, ["opts = {}", 'opts["verify_signature"] = False', '!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)',
                                         'result = claims.get("sub")'], **J)
cfg("jwt", "rs256_public_key", False, ['claims = jwt.decode(bar, PUBLIC_KEY, algorithms=["RS256"], audience="api")', 'result = claims.get("sub")'],
    setup=['PUBLIC_KEY = open("/etc/app/jwt-public.pem").read()'], imports=["import jwt"])
cfg("jwt", "jose_get_unverified_header", False, ["header = jose_jwt.get_unverified_header(bar)", 'claims = jose_jwt.decode(bar, KEYS[header["kid"]], algorithms=["RS256"])',
                                                 'result = claims.get("sub")'], imports=["import os", "from jose import jwt as jose_jwt"],
    setup=['KEYS = {"v1": os.environ["JWT_KEY_V1"]}'])
cfg("jwt", "unverified_claims_api", True, ['!claims = jwt.api_jwt.decode_complete(bar, options={"verify_signature": False})["payload"]',
                                           'result = claims.get("sub")'], imports=["import jwt"])

CONFIG_RULES = dict(g3.CONFIG_RULES)

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def expand_reject(lines, fw, c):
    out = []
    rl, rk = g3.REJECT[fw]
    for l in lines:
        if l.strip() == "REJECT":
            ind = l[:len(l) - len(l.lstrip())]
            c.take(rk)
            out += [ind + x for x in rl]
        else:
            out.append(l)
    return out


def render(cat, rule, fw, src, shape, label, pbody, sk, truth, name, extra_module=(), extra_imports=(), extra_setup=(), asyn=False):
    c = g3.Ctx()
    c.take(src)
    c.take(sk)
    c.imports |= set(extra_imports)
    if extra_module:
        c.module += ([""] * 2 if c.module else []) + list(extra_module)
    body = pbody + g3.mark(sk["body"], rule, truth)
    body = expand_reject(body, fw, c)
    if not sk.get("ret"):
        nret, nimp = g3.NORMAL_RET[fw]
        c.take(nimp)
        body += nret
    s2 = dict(src)
    if asyn:
        s2["asyn"] = True
    view, post = g3.view_lines(fw, s2, name, body)
    header = "# generated case (gen_cases4): category=%s rule=%s fw=%s source=%s shape=%s sink=%s expected=%s" % (
        cat, rule, fw, src["key"], shape, label, "true" if truth else "false")
    text = g3.assemble(fw, c.imports, c.flask, list(extra_setup) + c.setup + list(src.get("setup", [])), c.module, view, post, header)
    return text.replace("(gen_cases3)", "(gen_cases4)")


def main():
    include_pending = os.environ.get("GEN4_ALL") == "1"
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    counts = {}
    skipped = []
    seq = [0]

    def src_for(fw, i, need_string=False):
        srcs = g3.SOURCES[fw]
        if need_string:
            keys = g3.STRING_SOURCES[fw]
            srcs = [s for s in srcs if s["key"] in keys]
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
        start = (pi * 5) % len(cats)
        chosen = [cats[(start + k) % len(cats)] for k in range(min(3, len(cats)))]
        for k, cat in enumerate(chosen):
            truth = p["truth"](cat)
            rule, tb, ntv = g3.TAINT[cat][:3]
            fw = g3.FWS[(pi + k) % 3]
            src = src_for(fw, pi + k * 7)
            vs = [v for v in range(ntv) if (cat, v) not in p["bad"]]
            if cat == "redirect" and ("redirect", 1) in p["bad"]:
                vs = [0] if fw == "flask" else vs
            v = vs[(pi + k) % len(vs)]
            sk = tb(fw, v)
            n = name()
            text = render(cat, rule, fw, src, p["key"], "v%d" % v, list(p["body"]), sk, truth, n,
                          extra_module=p["module"], extra_imports=p["imports"], extra_setup=p["setup"])
            add(cat, "%s/%s" % (cat, p["key"]), "%s/%s_%s_%s_v%d_%s.py" % (cat, fw, src["key"], p["key"], v, "true" if truth else "false"),
                text, truth)
    # sink-specific cases
    for si, sc in enumerate(SPECIFIC):
        cat = sc["cat"]
        rule = g3.TAINT[cat][0]
        for k, fw in enumerate(sc["fws"]):
            src = src_for(fw, si + k * 5, need_string=(cat == "nosqli"))
            n = name()
            text = render(cat, rule, fw, src, sc["key"], "specific", ["bar = param"], dict(sc["kw"], body=sc["body"]), sc["truth"], n)
            add(cat, "%s/%s" % (cat, sc["key"]), "%s/%s_%s_%s_%s.py" % (cat, fw, src["key"], sc["key"], "true" if sc["truth"] else "false"),
                text, sc["truth"])
    # configuration cases
    for ci, cc in enumerate(CFG):
        cat = cc["cat"]
        rule = CONFIG_RULES[cat]
        kw = dict(cc["kw"])
        for k, fw in enumerate(cc["fws"]):
            src = src_for(fw, ci + k * 3)
            body = cc["body"]
            sk = dict(kw)
            if isinstance(body, tuple):
                _, pre, call = body
                cb, ck = g3.cookie_body(call, fw)
                if fw == "fastapi":
                    cb = ['resp = JSONResponse({"ok": True})'] + cb[1:]
                sk["imports"] = list(kw.get("imports", [])) + list(ck.get("imports", []))
                sk["flask"] = list(ck.get("flask", []))
                sk["ret"] = True
                sk["body"] = list(pre) + cb
            else:
                sk["body"] = list(body)
            n = name()
            text = render(cat, rule, fw, src, cc["key"], "config", ["bar = param"], sk, cc["truth"], n, asyn=kw.get("asyn", False))
            add(cat, "%s/%s" % (cat, cc["key"]), "%s/%s_%s_%s_%s.py" % (cat, fw, src["key"], cc["key"], "true" if cc["truth"] else "false"),
                text, cc["truth"])
    write_suite(OUT, files, counts, " (%d pending cases left out; GEN4_ALL=1 writes them)" % len(skipped) if skipped else "")


if __name__ == "__main__":
    main()
