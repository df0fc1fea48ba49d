#!/usr/bin/python3
"""Third generator of true/false fixture cases for the Python analyzer: a
benchmark-style precision suite.

Every case is one small web handler (Flask, Django or FastAPI) that is either
truly vulnerable or safe for a reason that can be decided from the code
alone. It covers every category a per-CWE benchmark scores: SQL, NoSQL, OS
command and code injection, path traversal, XSS, SSTI, open redirect, SSRF,
XXE, XPath and LDAP injection, unsafe deserialization, trust boundary
violations, insecure cookies, weak hashes, ciphers and randomness, disabled
TLS verification and unverified JWTs.

The shapes are the ones such suites are built from and the first two
generators do not have: the source value passed through a helper class in the
same file (bar = Test().do_something(request, param)), collections (a list
with the first element popped or deleted and another one read by constant
index, dicts with constant keys of which another one is overwritten),
conditions decided by constant folding (num = 106; ... if (7 * 18) + num > 200
else param), switch-like if/elif on a constant character and match on a
constant, StringBuilder-like "".join of a list and io.StringIO, str.replace of
dangerous characters that does or does not neutralise the sink, base64 round
trips; sources from headers, header names, cookies, the raw query string
(parse_qs), request.values, multi-valued parameters and URL path parameters;
and safe variants of every sink (bound parameters, allow-lists, type
conversion, SHA-256, secrets, all cookie flags, verify=True, a default SSL
context, defusedxml, yaml.safe_load, jwt.decode with a key and algorithms,
AES-GCM ...). PY-WEAK-RANDOM is about security use: random used for a
token, key or cookie is reported, random used to pick a banner or a jitter is
not.

A line that must be reported ends with "# want: RULE"; file names end in
_true.py / _false.py, and the first line says the case's category:

    # generated case (gen_cases3): category=sqli rule=PY-SQLI ... expected=true

    /usr/bin/python3 internal/analyzer/python/gen_cases3.py

Output: testdata/generated3/ beside this script (wiped and regenerated on
every run). Shapes the analyzer does not model yet are kept out
(KNOWN_GAPS) and listed in docs/known-gaps.md.
"""
import os
import shutil

from gen_common import import_lines, write_suite

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "testdata", "generated3")

# Case keys (category/propagation or category/variant) kept out of the suite
# because the analyzer does not model them yet (see docs/known-gaps.md).
KNOWN_GAPS = {
    # "<" and ">" encoded by str.replace: safe in element content, not in an
    # attribute; the analysis does not know the HTML context of a value
    "xss/replace_angle_encode",
}

T = lambda cat: True
F = lambda cat: False


def I(lines, n):
    return [(" " * n + l) if l else "" for l in lines]


# --------------------------------------------------------------------------
# Sources: how `param` is read, per framework. `sig` is the parameter list of
# the view after request (Django) or the whole list (Flask, FastAPI); `route`
# is the URL suffix; `asyn` forces an async view (FastAPI).
# --------------------------------------------------------------------------
STD_HEADERS = ['STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",',
               '                    "cookie", "content-type", "content-length", "referer", "origin"}']

SOURCES = {
    "flask": [
        dict(key="args", lines=['param = request.args.get("BenchmarkTest", "")']),
        dict(key="form", lines=['param = request.form.get("BenchmarkTest", "")'], post=True),
        dict(key="values", lines=['param = request.values.get("BenchmarkTest", "")']),
        dict(key="getlist", lines=['values = request.args.getlist("BenchmarkTest")', 'param = values[0] if values else ""']),
        dict(key="header", lines=['param = request.headers.get("Referer", "")']),
        dict(key="headernames", lines=['param = ""', "for name in request.headers.keys():", "    if name.lower() in STANDARD_HEADERS:",
                                       "        continue", "    param = name", "    break"], setup=STD_HEADERS),
        dict(key="cookie", lines=['param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")']),
        dict(key="querystring", lines=['qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))',
                                       'param = qs.get("BenchmarkTest", [""])[0]'], imports=["import urllib.parse"]),
        dict(key="pathparam", lines=["param = test_id"], route="/<test_id>", sig="test_id"),
        dict(key="formlist", lines=['param = " ".join(request.form.getlist("BenchmarkTest"))'], post=True),
        dict(key="todict", lines=['param = request.args.to_dict().get("BenchmarkTest", "")']),
        # the name of the parameter whose value is the test's name
        dict(key="paramnames", lines=['param = ""', "flag = False", "for name in request.args.keys():",
                                      "    for value in request.args.getlist(name):", '        if value == "BenchmarkTest" and not flag:',
                                      "            param = name", "            flag = True"]),
        dict(key="getdata", lines=["param = request.get_data(as_text=True)"], post=True),
        dict(key="json", lines=['payload = request.get_json(silent=True) or {}', 'param = str(payload.get("BenchmarkTest", ""))'], post=True),
    ],
    "django": [
        dict(key="get", lines=['param = request.GET.get("BenchmarkTest", "")']),
        dict(key="post", lines=['param = request.POST.get("BenchmarkTest", "")']),
        dict(key="getlist", lines=['values = request.GET.getlist("BenchmarkTest")', 'param = values[0] if values else ""']),
        dict(key="meta", lines=['param = request.META.get("HTTP_REFERER", "")']),
        dict(key="header", lines=['param = request.headers.get("X-Benchmark", "")']),
        dict(key="headernames", lines=['param = ""', "for name in request.headers:", "    if name.lower() in STANDARD_HEADERS:",
                                       "        continue", "    param = name", "    break"], setup=STD_HEADERS),
        dict(key="cookie", lines=['param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")']),
        dict(key="querystring", lines=['qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))',
                                       'param = qs.get("BenchmarkTest", [""])[0]'], imports=["import urllib.parse"]),
        dict(key="pathparam", lines=["param = test_id"], route="<str:test_id>/", sig="test_id"),
        dict(key="body", lines=['payload = json.loads(request.body or b"{}")', 'param = str(payload.get("BenchmarkTest", ""))'],
             imports=["import json"]),
        dict(key="getdict", lines=['param = request.GET.dict().get("BenchmarkTest", "")']),
        dict(key="paramnames", lines=['param = ""', "for name in request.GET:", '    if request.GET.get(name) == "BenchmarkTest":',
                                      "        param = name", "        break"]),
    ],
    "fastapi": [
        dict(key="query", lines=["param = BenchmarkTest"], sig='BenchmarkTest: str = ""'),
        dict(key="pathparam", lines=["param = test_id"], route="/{test_id}", sig="test_id: str"),
        dict(key="header", lines=['param = request.headers.get("referer", "")']),
        dict(key="cookie", lines=['param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")']),
        dict(key="queryparams", lines=['param = request.query_params.get("BenchmarkTest", "")']),
        dict(key="querystring", lines=['qs = urllib.parse.parse_qs(request.url.query)', 'param = qs.get("BenchmarkTest", [""])[0]'],
             imports=["import urllib.parse"]),
        dict(key="multi", lines=['param = BenchmarkTest[0] if BenchmarkTest else ""'], sig="BenchmarkTest: List[str] = Query([])",
             imports=["from typing import List", "from fastapi import Query"]),
        dict(key="form", lines=["form = await request.form()", 'param = str(form.get("BenchmarkTest", ""))'], post=True, asyn=True),
        dict(key="headerparam", lines=["param = referer"], sig='referer: str = Header("")', imports=["from fastapi import Header"]),
        dict(key="paramnames", lines=['param = ""', "for name in request.query_params.keys():",
                                      '    if request.query_params.get(name) == "BenchmarkTest":', "        param = name", "        break"]),
        dict(key="formparam", lines=["param = BenchmarkTest"], sig='BenchmarkTest: str = Form("")', imports=["from fastapi import Form"], post=True),
        dict(key="cookieparam", lines=["param = BenchmarkTest"], sig='BenchmarkTest: str = Cookie("")', imports=["from fastapi import Cookie"]),
        dict(key="headernames", lines=['param = ""', "for name in request.headers.keys():", "    if name.lower() in STANDARD_HEADERS:",
                                       "        continue", "    param = name", "    break"], setup=STD_HEADERS),
        dict(key="model", lines=["param = item.name"], sig="item: Item", post=True, imports=["from pydantic import BaseModel"],
             module=["class Item(BaseModel):", "    name: str", "    quantity: int = 1"]),
    ],
}
FWS = ["flask", "django", "fastapi"]

REJECT = {
    "flask": (["abort(400)"], dict(flask=["abort"])),
    "django": (['return HttpResponseBadRequest("invalid")'], dict(imports=["from django.http import HttpResponseBadRequest"])),
    "fastapi": (['raise HTTPException(status_code=400, detail="invalid")'], dict(imports=["from fastapi import HTTPException"])),
}
NORMAL_RET = {
    "flask": (["return jsonify(result=str(result))"], dict(flask=["jsonify"])),
    "django": (['return JsonResponse({"result": str(result)})'], dict(imports=["from django.http import JsonResponse"])),
    "fastapi": (['return {"result": str(result)}'], {}),
}

# --------------------------------------------------------------------------
# Propagations: `param` -> `bar`. truth(cat) -> True / False / None (skip).
# `helper`: rendered inside a helper class method (the benchmark's
# bar = Test().do_something(request, param)) as well as inline.
# --------------------------------------------------------------------------
P = []


def prop(key, body, truth, module=(), imports=(), cats=None):
    P.append(dict(key=key, body=list(body), truth=truth, module=list(module), imports=list(imports), cats=cats))


prop("direct", ["bar = param"], T)
prop("ternary_fold_safe", ["num = 106", 'bar = "This_should_always_happen" if (7 * 18) + num > 200 else param'], F)
prop("ternary_fold_taint", ["num = 106", 'bar = param if (7 * 18) + num > 200 else "This_should_never_happen"'], T)
prop("if_fold_div_taint", ["num = 196", "if (500 / 42) + num > 200:", "    bar = param", "else:", '    bar = "This should never happen"'], T)
prop("if_fold_div_safe", ["num = 86", "if (500 / 42) + num > 200:", "    bar = param", "else:", '    bar = "This should never happen"'], F)
prop("if_fold_mod_safe", ["if (7 * 18) % 5 == 1:", '    bar = "This_should_always_happen"', "else:", "    bar = param"], F)
prop("if_fold_str_safe", ['if "abc".upper() == "ABC":', '    bar = "This_should_always_happen"', "else:", "    bar = param"], F)
prop("list_pop_taint", ["values_list = []", 'values_list.append("safe")', "values_list.append(param)", 'values_list.append("moresafe")',
                        "values_list.pop(0)", "bar = values_list[0]"], T)
prop("list_pop_safe", ["values_list = []", 'values_list.append("safe")', "values_list.append(param)", 'values_list.append("moresafe")',
                       "values_list.pop(0)", "bar = values_list[1]"], F)
prop("list_del_taint", ['values_list = ["safe", param, "moresafe"]', "del values_list[0]", "bar = values_list[0]"], T)
prop("list_del_safe", ['values_list = ["safe", param, "moresafe"]', "del values_list[1]", "bar = values_list[1]"], F)
prop("list_remove_value_taint", ['values_list = ["safe", param, "moresafe"]', "values_list.remove(values_list[0])", "bar = values_list[0]"], T)
prop("dict_get_taint", ["m = {}", 'm["keyA-55"] = "a-Value"', 'm["keyB-55"] = param', 'm["keyC"] = "another-Value"', 'bar = m["keyB-55"]'], T)
prop("dict_get_safe", ["m = {}", 'm["keyA-55"] = "a-Value"', 'm["keyB-55"] = param', 'm["keyC"] = "another-Value"', 'bar = m["keyA-55"]'], F)
prop("dict_overwrite_other", ["m = {}", 'm["keyA-55"] = "a-Value"', 'm["keyB-55"] = param', 'm["keyA-55"] = "overwritten"', 'bar = m["keyB-55"]'], T)
prop("dict_overwrite_same", ["m = {}", 'm["keyA-55"] = param', 'm["keyB-55"] = "b-Value"', 'm["keyA-55"] = "a-Value"', 'bar = m["keyA-55"]'], F)
prop("dict_get_default_safe", ["m = {}", 'm["keyB-55"] = param', 'bar = m.get("keyA-55", "fallback")'], F)
prop("switch_char_taint", ['guess = "ABC"', "switch_target = guess[2]", 'if switch_target == "A":', '    bar = "a_Value"',
                           'elif switch_target == "B":', '    bar = "bob"', 'elif switch_target == "C" or switch_target == "D":',
                           "    bar = param", "else:", '    bar = "bobs_your_uncle"'], T)
prop("switch_char_safe", ['guess = "ABC"', "switch_target = guess[1]", 'if switch_target == "A":', "    bar = param",
                          'elif switch_target == "B":', '    bar = "bob"', 'elif switch_target == "C" or switch_target == "D":',
                          "    bar = param", "else:", '    bar = "bobs_your_uncle"'], F)
prop("match_const_safe", ['target = "B"', "match target:", '    case "A":', "        bar = param", '    case "B":', '        bar = "bob"',
                          "    case _:", "        bar = param"], F)
prop("match_const_taint", ['target = "A"', "match target:", '    case "A":', "        bar = param", '    case "B":', '        bar = "bob"',
                           "    case _:", '        bar = "default"'], T)
prop("join_builder", ["sbuilder = []", 'sbuilder.append("prefix-")', "sbuilder.append(param)", 'bar = "".join(sbuilder)'], T)
prop("join_builder_replaced", ["sbuilder = [param]", 'sbuilder[0] = "safe"', 'bar = "".join(sbuilder)'], F)
prop("stringio", ["buf = io.StringIO()", "buf.write(param)", "bar = buf.getvalue()"], T, imports=["import io"])
prop("b64_roundtrip", ['encoded = base64.b64encode(param.encode("utf-8"))', 'bar = base64.b64decode(encoded).decode("utf-8")'], T,
     imports=["import base64"])
prop("int_conv", ["bar = str(int(param))"], F)
prop("allowlist_ternary", ['bar = param if param in ("alpha", "beta") else "alpha"'], F)
prop("undecidable_ternary", ['bar = param if len(param) > 1 else "safe"'], T)
prop("thing_factory", ["thing = make_thing()", "bar = thing.do_something(param)"], T,
     module=["class Thing:", "    def do_something(self, value):", "        return value", "", "",
             "def make_thing():", "    return Thing()"])
prop("split_first", ['bar = param.split(" ")[0]'], T)
BUILDER = ["class Builder:", "    def __init__(self):", '        self.other = "safe"', "",
           "    def set_value(self, value):", "        self.value = value", "        return self", "",
           "    def get_value(self):", "        return self.value", "",
           "    def get_other(self):", "        return self.other"]
prop("builder_chain", ["bar = Builder().set_value(param).get_value()"], T, module=BUILDER)
prop("builder_chain_other", ["bar = Builder().set_value(param).get_other()"], F, module=BUILDER)
# Letters and digits are still a base64 payload: no deserialization cases.
NO_DESER = lambda cat: None if cat == "deser" else False
prop("filter_isalnum", ['bar = "".join(filter(str.isalnum, param))'], NO_DESER)
prop("regex_guard_reassign", ['bar = param', 'if not re.match(r"^[a-zA-Z0-9]+$", bar):', '    bar = "safe"'], NO_DESER, imports=["import re"])
prop("try_int_fallback", ["try:", "    bar = str(int(param))", "except ValueError:", '    bar = "0"'], F)
# str.replace of dangerous characters: decided per sink.
prop("replace_semicolons", ['bar = param.replace(";", "").replace("&", "")'], T, cats=("cmdi",))
prop("replace_dotdot", ['bar = param.replace("../", "")'], T, cats=("path",))
prop("replace_script_tag", ['bar = param.replace("<script>", "").replace("</script>", "")'], T, cats=("xss",))
prop("replace_angle_encode", ['bar = param.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")'], F, cats=("xss",))
prop("replace_star", ['bar = param.replace("*", "")'], T, cats=("ldap",))
prop("replace_dunder", ['bar = param.replace("__", "")'], T, cats=("code",))
prop("replace_braces", ['bar = param.replace("{{", "").replace("}}", "")'], T, cats=("ssti",))

# --------------------------------------------------------------------------
# Taint sinks per category: true variants (use `bar`; the "!" line is the
# finding) and safe variants (false with any propagation).
# --------------------------------------------------------------------------
PROXY_SETUP = ['PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}']
BASE_SETUP = ['BASE_DIR = "/srv/app/testfiles/"']
MONGO_SETUP = ['db = MongoClient("mongodb://localhost:27017")["benchmark"]']
XML_SETUP = ['EMPLOYEES = etree.parse("/srv/app/data/employees.xml")']
LDAP_SETUP = ['LDAP_BASE = "ou=users,dc=example,dc=org"']


def S(body, **kw):
    d = dict(kw)
    d["body"] = body
    return d


def sql_true(fw, v):
    if v == 0:
        return S(['conn = sqlite3.connect("benchmark.db")', "cur = conn.cursor()",
                  "!cur.execute(\"SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='\" + bar + \"'\")", "result = cur.fetchall()"],
                 imports=["import sqlite3"])
    if v == 1:
        return S(['conn = sqlite3.connect("benchmark.db")', 'sql = "SELECT * FROM USERS WHERE USERNAME=\'%s\'" % bar',
                  "!result = conn.execute(sql).fetchall()"], imports=["import sqlite3"])
    if v == 2:
        return S(['engine = create_engine("sqlite:///benchmark.db")', "with engine.connect() as conn:",
                  '!    result = conn.execute(text(f"SELECT id FROM users WHERE name = \'{bar}\'")).fetchall()'],
                 imports=["from sqlalchemy import create_engine, text"])
    if v == 4 and fw == "django":
        return S(["with connection.cursor() as cur:", "!    cur.execute(\"SELECT id FROM auth_user WHERE username = '%s'\" % bar)",
                  "    result = cur.fetchall()"], imports=["from django.db import connection"])
    return S(['conn = sqlite3.connect("benchmark.db")', "!conn.executescript(\"UPDATE users SET last_search = '\" + bar + \"' WHERE id = 1\")",
              "result = True"], imports=["import sqlite3"])


def sql_safe(fw, v):
    if v == 0:
        return S(['conn = sqlite3.connect("benchmark.db")', "cur = conn.cursor()",
                  'cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))', "result = cur.fetchall()"],
                 imports=["import sqlite3"])
    if v == 1:
        return S(['engine = create_engine("sqlite:///benchmark.db")', "with engine.connect() as conn:",
                  '    result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()'],
                 imports=["from sqlalchemy import create_engine, text"])
    # an identifier chosen from an allow-list, the value bound
    return S(['column = bar if bar in ("name", "email", "created") else "name"', 'conn = sqlite3.connect("benchmark.db")',
              'result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()'], imports=["import sqlite3"])


def nosql_true(fw, v):
    if v == 0:
        return S(["!docs = list(db.users.find({\"$where\": \"this.name == '\" + bar + \"'\"}))", "result = len(docs)"],
                 imports=["from pymongo import MongoClient"], setup=MONGO_SETUP)
    return S(['!doc = db.users.find_one(json.loads(bar))', "result = doc is not None"],
             imports=["import json", "from pymongo import MongoClient"], setup=MONGO_SETUP)


def nosql_safe(fw, v):
    return S(['docs = list(db.users.find({"name": {"$eq": str(bar)}}))', "result = len(docs)"],
             imports=["from pymongo import MongoClient"], setup=MONGO_SETUP)


def nosql_strvalue(fw, v):
    # A string (a query, form, cookie or header value) as a field's value
    # cannot carry operators.
    return S(['docs = list(db.users.find({"name": bar}))', "result = len(docs)"],
             imports=["from pymongo import MongoClient"], setup=MONGO_SETUP)


# Sources whose value is a string (get() on the query, form, cookie or
# header mapping): used with nosql_strvalue.
STRING_SOURCES = {"flask": ("args", "form", "values", "header", "cookie"), "django": ("get", "post", "meta", "header", "cookie"),
                  "fastapi": ("header", "cookie", "queryparams")}


def cmd_true(fw, v):
    if v == 0:
        return S(['!result = os.system("echo " + bar)'], imports=["import os"])
    if v == 1:
        return S(['!proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)', "result = proc.returncode"],
                 imports=["import subprocess"])
    if v == 3:
        return S(['!result = os.popen("nslookup " + bar).read()'], imports=["import os"])
    if v == 4:
        return S(['!result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)'], imports=["import subprocess"])
    return S(['!proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)', "result = proc.communicate()[0]"],
             imports=["import subprocess"])


def cmd_safe(fw, v):
    if v == 0:
        return S(['proc = subprocess.run(["echo", bar], capture_output=True)', "result = proc.returncode"], imports=["import subprocess"])
    if v == 1:
        return S(['result = os.system("echo " + shlex.quote(bar))'], imports=["import os", "import shlex"])
    return S(['proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)', "result = proc.returncode"],
             imports=["import subprocess"])


def code_true(fw, v):
    if v == 0:
        return S(["!result = eval(bar)"])
    if v == 1:
        return S(['!exec("value = " + bar, {})', "result = True"])
    return S(['!result = eval(compile(bar, "<benchmark>", "eval"))'])


def code_safe(fw, v):
    return S(["result = ast.literal_eval(bar)"], imports=["import ast"])


def path_true(fw, v):
    if v == 0:
        return S(["!with open(os.path.join(BASE_DIR, bar)) as fh:", "    result = len(fh.read())"], imports=["import os"], setup=BASE_SETUP)
    if v == 1:
        return S(["!with open(BASE_DIR + bar, \"rb\") as fh:", "    result = len(fh.read())"], setup=BASE_SETUP)
    if v == 2:
        return S(["!result = (pathlib.Path(BASE_DIR) / bar).read_text()"], imports=["import pathlib"], setup=BASE_SETUP)
    if v == 5:
        # startswith on a joined, unresolved path: "../" passes it
        return S(["full = os.path.join(BASE_DIR, bar)", "if not full.startswith(BASE_DIR):", '    raise ValueError("outside the base directory")',
                  "!with open(full) as fh:", "    result = len(fh.read())"], imports=["import os"], setup=BASE_SETUP)
    if v == 3:
        # is_relative_to is lexical: "../" passes it unless the path is resolved first
        return S(["p = pathlib.Path(BASE_DIR, bar)", "if not p.is_relative_to(BASE_DIR):", '    raise ValueError("outside the base directory")',
                  "!result = p.read_text()"], imports=["import pathlib"], setup=BASE_SETUP)
    return S(["full = os.path.join(BASE_ROOT, bar)", "if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:",
              '    raise ValueError("outside the base directory")', "!with open(full) as fh:", "    result = len(fh.read())"],
             imports=["import os"], setup=BASE_SETUP + ['BASE_ROOT = "/srv/app/testfiles"'])


def path_safe(fw, v):
    if v == 0:
        return S(["with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:", "    result = len(fh.read())"],
                 imports=["import os"], setup=BASE_SETUP)
    if v == 1:
        return S(["with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:", "    result = len(fh.read())"],
                 imports=["import os", "from werkzeug.utils import secure_filename"], setup=BASE_SETUP)
    if v == 3:
        return S(["p = pathlib.Path(BASE_DIR, bar).resolve()", "if not p.is_relative_to(BASE_DIR):", '    raise ValueError("outside the base directory")',
                  "result = p.read_text()"], imports=["import pathlib"], setup=BASE_SETUP)
    if v == 4:
        return S(["full = os.path.realpath(os.path.join(BASE_ROOT, bar))", "if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:",
                  '    raise ValueError("outside the base directory")', "with open(full) as fh:", "    result = len(fh.read())"],
                 imports=["import os"], setup=BASE_SETUP + ['BASE_ROOT = "/srv/app/testfiles"'])
    return S(["full = os.path.realpath(os.path.join(BASE_DIR, bar))", "if not full.startswith(BASE_DIR):", "    full = os.path.join(BASE_DIR, \"index.txt\")",
              "with open(full) as fh:", "    result = len(fh.read())"], imports=["import os"], setup=BASE_SETUP)


def xss_true(fw, v):
    if fw == "flask":
        if v == 0:
            return S(['!return "<p>Formatted like: " + bar + "</p>"'], ret=True)
        if v == 2:
            return S(['!return Response(bar, mimetype="text/html")'], ret=True, flask=["Response"])
        return S(['!return make_response("<div>%s</div>" % bar)'], ret=True, flask=["make_response"])
    if fw == "django":
        if v == 1:
            return S(["!return HttpResponse(bar)"], ret=True, imports=["from django.http import HttpResponse"])
        return S(['!return HttpResponse("<p>Formatted like: " + bar + "</p>")'], ret=True, imports=["from django.http import HttpResponse"])
    return S(['!return HTMLResponse(f"<p>Formatted like: {bar}</p>")'], ret=True, imports=["from fastapi.responses import HTMLResponse"])


def xss_safe(fw, v):
    if v == 2:
        # the content type is set on the response after it is made
        if fw == "flask":
            return S(['resp = make_response("Formatted like: " + bar)', 'resp.mimetype = "text/plain"', "return resp"], ret=True,
                     flask=["make_response"])
        if fw == "django":
            return S(['resp = HttpResponse("Formatted like: " + bar)', 'resp["Content-Type"] = "text/plain; charset=utf-8"', "return resp"],
                     ret=True, imports=["from django.http import HttpResponse"])
        return S(['return HTMLResponse("Formatted like: " + bar, headers={"Content-Type": "text/plain"})'], ret=True,
                 imports=["from fastapi.responses import HTMLResponse"])
    if fw == "flask":
        if v == 0:
            return S(['return "<p>Formatted like: " + html.escape(bar) + "</p>"'], ret=True, imports=["import html"])
        return S(['return Response("Formatted like: " + bar, mimetype="text/plain")'], ret=True, flask=["Response"])
    if fw == "django":
        if v == 0:
            return S(['return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")'], ret=True,
                     imports=["from django.http import HttpResponse", "from django.utils.html import escape"])
        return S(['return HttpResponse("Formatted like: " + bar, content_type="text/plain")'], ret=True,
                 imports=["from django.http import HttpResponse"])
    if v == 0:
        return S(['return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")'], ret=True,
                 imports=["import html", "from fastapi.responses import HTMLResponse"])
    return S(['return PlainTextResponse("Formatted like: " + bar)'], ret=True, imports=["from fastapi.responses import PlainTextResponse"])


def ssti_true(fw, v):
    if fw == "flask":
        if v == 1:
            return S(['!result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()'], imports=["from jinja2 import Environment"])
        return S(['!return render_template_string("<p>Hello " + bar + "</p>")'], ret=True, flask=["render_template_string"])
    if fw == "django":
        return S(['!tmpl = Template("<p>Hello " + bar + "</p>")', "result = tmpl.render(Context({}))"],
                 imports=["from django.template import Context, Template"])
    return S(['!result = jinja2.Template("<p>Hello " + bar + "</p>").render()'], imports=["import jinja2"])


def ssti_safe(fw, v):
    if v == 1:
        return S(['result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()'],
                 imports=["from jinja2.sandbox import SandboxedEnvironment"])
    if fw == "flask":
        return S(['return render_template_string("<p>Hello {{ name }}</p>", name=bar)'], ret=True, flask=["render_template_string"])
    if fw == "django":
        return S(['tmpl = Template("<p>Hello {{ name }}</p>")', 'result = tmpl.render(Context({"name": bar}))'],
                 imports=["from django.template import Context, Template"])
    return S(['result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)'], imports=["import jinja2"])


def redirect_true(fw, v):
    if fw == "flask":
        if v == 1:
            return S(['!return redirect("/" + bar)'], ret=True, flask=["redirect"])
        return S(["!return redirect(bar)"], ret=True, flask=["redirect"])
    if fw == "django":
        if v == 1:
            return S(["!return redirect(bar)"], ret=True, imports=["from django.shortcuts import redirect"])
        return S(["!return HttpResponseRedirect(bar)"], ret=True, imports=["from django.http import HttpResponseRedirect"])
    return S(["!return RedirectResponse(bar)"], ret=True, imports=["from fastapi.responses import RedirectResponse"])


def redirect_safe(fw, v):
    if fw == "flask":
        if v == 0:
            return S(['return redirect(url_for("index", q=bar))'], ret=True, flask=["redirect", "url_for"])
        return S(['if bar not in ("/home", "/profile"):', '    bar = "/home"', "return redirect(bar)"], ret=True, flask=["redirect"])
    if fw == "django":
        return S(["if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):", '    bar = "/"',
                  "return HttpResponseRedirect(bar)"], ret=True,
                 imports=["from django.http import HttpResponseRedirect", "from django.utils.http import url_has_allowed_host_and_scheme"])
    return S(['return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))'], ret=True,
             imports=["import urllib.parse", "from fastapi.responses import RedirectResponse"])


def ssrf_true(fw, v):
    if v == 0:
        return S(["!resp = requests.get(bar, proxies=PROXIES, timeout=5)", "result = resp.status_code"],
                 imports=["import requests"], setup=PROXY_SETUP)
    if v == 1:
        return S(['!resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)',
                  "result = resp.status_code"], imports=["import requests"], setup=PROXY_SETUP)
    # no "/" after the host: "@evil.example" makes the host the input's
    return S(['!resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)', "result = resp.status_code"],
             imports=["import requests"], setup=PROXY_SETUP)


def ssrf_safe(fw, v):
    if v == 0:
        return S(['resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)',
                  "result = resp.status_code"], imports=["import requests"], setup=PROXY_SETUP)
    if v == 2:
        return S(['resp = requests.get("https://api.example.com/items/" + bar, proxies=PROXIES, timeout=5)', "result = resp.status_code"],
                 imports=["import requests"], setup=PROXY_SETUP)
    return S(['host = urllib.parse.urlparse(bar).hostname', 'if host not in ("api.example.com", "cdn.example.com"):',
              '    bar = "https://api.example.com/"', "resp = requests.get(bar, proxies=PROXIES, timeout=5)", "result = resp.status_code"],
             imports=["import requests", "import urllib.parse"], setup=PROXY_SETUP)


def xxe_true(fw, v):
    if v == 0:
        return S(["parser = etree.XMLParser(resolve_entities=True)", '!root = etree.fromstring(bar.encode("utf-8"), parser)',
                  'result = root.findtext("name")'], imports=["from lxml import etree"])
    return S(["parser = etree.XMLParser(load_dtd=True, no_network=False)", '!doc = etree.fromstring(bar.encode("utf-8"), parser=parser)',
              "result = doc.tag"], imports=["from lxml import etree"])


def xxe_safe(fw, v):
    if v == 0:
        return S(['root = DefusedET.fromstring(bar)', 'result = root.findtext("name")'], imports=["import defusedxml.ElementTree as DefusedET"])
    return S(["parser = etree.XMLParser(resolve_entities=False, no_network=True)", 'root = etree.fromstring(bar.encode("utf-8"), parser)',
              'result = root.findtext("name")'], imports=["from lxml import etree"])


def xpath_true(fw, v):
    if v == 1:
        return S(["!find_employee = etree.XPath(\"/Employees/Employee[@emplid='\" + bar + \"']\")", "result = len(find_employee(EMPLOYEES))"],
                 imports=["from lxml import etree"], setup=XML_SETUP)
    return S(["!nodes = EMPLOYEES.xpath(\"/Employees/Employee[@emplid='\" + bar + \"']\")", "result = len(nodes)"],
             imports=["from lxml import etree"], setup=XML_SETUP)


def xpath_safe(fw, v):
    return S(['nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)', "result = len(nodes)"],
             imports=["from lxml import etree"], setup=XML_SETUP)


def ldap_true(fw, v):
    if v == 0:
        return S(['conn = ldap.initialize("ldap://ldap.example.org")',
                  '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")',
                  "result = len(entries)"], imports=["import ldap"], setup=LDAP_SETUP)
    return S(['conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)',
              '!conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")', "result = len(conn.entries)"],
             imports=["import ldap3"], setup=LDAP_SETUP)


def ldap_safe(fw, v):
    return S(['conn = ldap.initialize("ldap://ldap.example.org")',
              'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + escape_filter_chars(bar) + "))")',
              "result = len(entries)"], imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=LDAP_SETUP)


def deser_true(fw, v):
    if v == 0:
        return S(["!obj = pickle.loads(base64.b64decode(bar))", "result = type(obj).__name__"], imports=["import base64", "import pickle"])
    if v == 1:
        return S(["!obj = yaml.load(bar, Loader=yaml.Loader)", "result = type(obj).__name__"], imports=["import yaml"])
    if v == 3:
        return S(["!obj = pickle.load(io.BytesIO(base64.b64decode(bar)))", "result = type(obj).__name__"],
                 imports=["import base64", "import io", "import pickle"])
    return S(["!obj = jsonpickle.decode(bar)", "result = type(obj).__name__"], imports=["import jsonpickle"])


def deser_safe(fw, v):
    if v == 0:
        return S(["obj = yaml.safe_load(bar)", "result = type(obj).__name__"], imports=["import yaml"])
    if v == 1:
        return S(["obj = json.loads(bar)", "result = type(obj).__name__"], imports=["import json"])
    return S(["obj = yaml.load(bar, Loader=yaml.SafeLoader)", "result = type(obj).__name__"], imports=["import yaml"])


def trust_true(fw, v):
    if v == 1:
        if fw == "flask":
            return S(['!session[bar] = "10340"', "result = True"], flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'],
                     imports=["import os"])
        return S(['!request.session[bar] = "10340"', "result = True"])
    if fw == "flask":
        return S(['!session["userid"] = bar', "result = True"], flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'],
                 imports=["import os"])
    return S(['!request.session["userid"] = bar', "result = True"])


def trust_safe(fw, v):
    if fw == "flask":
        return S(['session["userid"] = "guest"', "result = len(bar)"], flask=["session"],
                 setup=['app.secret_key = os.environ["SECRET_KEY"]'], imports=["import os"])
    return S(['request.session["userid_length"] = len(bar)', "result = True"])


TAINT = {
    # category: (rule, true builder, #true variants, safe builder, #safe variants)
    "sqli": ("PY-SQLI", sql_true, 5, sql_safe, 3),
    "nosqli": ("PY-NOSQLI", nosql_true, 2, nosql_safe, 1),
    "cmdi": ("PY-CMDI", cmd_true, 5, cmd_safe, 3),
    "codeinj": ("PY-CODE-INJECTION", code_true, 3, code_safe, 1),
    "pathtraver": ("PY-PATH-TRAVERSAL", path_true, 6, path_safe, 5),
    "xss": ("PY-XSS", xss_true, 3, xss_safe, 3),
    "ssti": ("PY-SSTI", ssti_true, 2, ssti_safe, 2),
    "redirect": ("PY-OPEN-REDIRECT", redirect_true, 2, redirect_safe, 2),
    "ssrf": ("PY-SSRF", ssrf_true, 3, ssrf_safe, 3),
    "xxe": ("PY-XXE", xxe_true, 2, xxe_safe, 2),
    "xpath": ("PY-XPATH-INJECTION", xpath_true, 2, xpath_safe, 1),
    "ldap": ("PY-LDAP-INJECTION", ldap_true, 2, ldap_safe, 1),
    "deser": ("PY-DESERIALIZATION", deser_true, 4, deser_safe, 3),
    "trustbound": ("PY-TRUST-BOUNDARY", trust_true, 2, trust_safe, 1),
}
# Propagation keys whose truth differs for some category.
CAT_NAMES = {"cmdi": "cmdi", "pathtraver": "path", "xss": "xss", "ldap": "ldap", "codeinj": "code", "ssti": "ssti"}

# --------------------------------------------------------------------------
# Configuration categories: the finding is the call's shape, not the flow.
# Each case: (key, truth, body lines using bar; "!" marks each finding line;
# extra dict with imports/setup/flask names/ret/module).
# --------------------------------------------------------------------------
CONFIG = {}


def case(cat, key, truth, body, **kw):
    CONFIG.setdefault(cat, []).append((key, truth, body, kw))


def cookie_body(call, fw):
    if fw == "flask":
        return ["resp = make_response(jsonify(ok=True))", "!" + call, "return resp"], dict(flask=["make_response", "jsonify"], ret=True)
    if fw == "django":
        return ['resp = JsonResponse({"ok": True})', "!" + call, "return resp"], dict(imports=["from django.http import JsonResponse"], ret=True)
    return ['resp = JSONResponse({"ok": True})', "!" + call, "return resp"], dict(imports=["from fastapi.responses import JSONResponse"], ret=True)


COOKIES = [
    ("session_noflags", True, 'resp.set_cookie("session_token", bar)'),
    ("auth_secure_missing", True, 'resp.set_cookie("auth_token", bar, httponly=True, samesite="Lax")'),
    ("remember_httponly_false", True, 'resp.set_cookie("remember_me", bar, secure=True, httponly=False, samesite="Lax")'),
    ("some_secure_false", True, 'resp.set_cookie("SomeCookie", bar, secure=False, httponly=True, samesite="Strict")'),
    ("some_httponly_missing", True, 'resp.set_cookie("SomeCookie", bar, secure=True, samesite="Strict")'),
    ("session_samesite_none", True, 'resp.set_cookie("sessionid", bar, secure=True, httponly=True, samesite=None)'),
    ("session_allflags", False, 'resp.set_cookie("session_token", bar, secure=True, httponly=True, samesite="Lax")'),
    ("some_allflags", False, 'resp.set_cookie("SomeCookie", bar, secure=True, httponly=True, samesite="Strict")'),
    ("theme_noflags", False, 'resp.set_cookie("theme", "dark")'),
    ("some_samesite_missing", True, 'resp.set_cookie("SomeCookie", bar, secure=True, httponly=True)'),
    ("some_expire", False, 'resp.set_cookie("SomeCookie", "", max_age=0, path="/", secure=False)'),
    ("some_allflags_kw", False, 'resp.set_cookie(key="SomeCookie", value=bar, path="/", secure=True, httponly=True, samesite="Strict")'),
]
for key, truth, call in COOKIES:
    case("cookie", key, truth, ("cookie", call))
case("cookie", "fold_secure_true", False, ("cookie-pre", ["secure_flag = (7 * 18) + 106 > 200"],
                                           'resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")'))
case("cookie", "fold_secure_false", True, ("cookie-pre", ["secure_flag = (7 * 18) + 106 < 200"],
                                           'resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")'))

H = dict(imports=["import hashlib"])
case("weakhash", "md5", True, ['!result = hashlib.md5(bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "sha1_update", True, ["!md = hashlib.sha1()", 'md.update(bar.encode("utf-8"))', "result = md.hexdigest()"], **H)
case("weakhash", "new_md5", True, ['!result = hashlib.new("md5", bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "new_fold_md5", True, ['algorithm = "sha256" if (7 * 18) + 106 < 200 else "md5"',
                                         '!result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "new_dict_md5", True, ['algorithm = HASH_ALGORITHMS["legacy"]', '!result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()'],
     setup=['HASH_ALGORITHMS = {"legacy": "md5", "current": "sha256"}'], **H)
case("weakhash", "cryptography_sha1", True, ["!digest = hashes.Hash(hashes.SHA1())", 'digest.update(bar.encode("utf-8"))',
                                             "result = digest.finalize().hex()"], imports=["from cryptography.hazmat.primitives import hashes"])
case("weakhash", "new_sha1_upper", True, ['!result = hashlib.new("SHA1", bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "sha1_not_security", False, ['result = hashlib.sha1(bar.encode("utf-8"), usedforsecurity=False).hexdigest()'], **H)
case("weakhash", "sha256", False, ['result = hashlib.sha256(bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "new_sha512", False, ['result = hashlib.new("sha512", bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "new_fold_sha256", False, ['algorithm = "sha256" if (7 * 18) + 106 > 200 else "md5"',
                                             'result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()'], **H)
case("weakhash", "new_dict_sha256", False, ['algorithm = HASH_ALGORITHMS["current"]', 'result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()'],
     setup=['HASH_ALGORITHMS = {"legacy": "md5", "current": "sha256"}'], **H)
case("weakhash", "md5_not_security", False, ['result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=False).hexdigest()'], **H)
case("weakhash", "cryptography_sha256", False, ["digest = hashes.Hash(hashes.SHA256())", 'digest.update(bar.encode("utf-8"))',
                                                "result = digest.finalize().hex()"], imports=["from cryptography.hazmat.primitives import hashes"])

C = dict(imports=["import os"])
case("weakcipher", "des_ecb", True, ["key = os.urandom(8)", "!cipher = DES.new(key, DES.MODE_ECB)",
                                     'result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()'],
     imports=["import os", "from Crypto.Cipher import DES", "from Crypto.Util.Padding import pad"])
case("weakcipher", "aes_ecb", True, ["key = os.urandom(16)", "!cipher = AES.new(key, AES.MODE_ECB)",
                                     'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'],
     imports=["import os", "from Crypto.Cipher import AES", "from Crypto.Util.Padding import pad"])
case("weakcipher", "des3_cbc", True, ["key = DES3.adjust_key_parity(os.urandom(24))", "!cipher = DES3.new(key, DES3.MODE_CBC, iv=os.urandom(8))",
                                      'result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()'],
     imports=["import os", "from Crypto.Cipher import DES3", "from Crypto.Util.Padding import pad"])
case("weakcipher", "arc4", True, ["!cipher = ARC4.new(os.urandom(16))", 'result = cipher.encrypt(bar.encode("utf-8")).hex()'],
     imports=["import os", "from Crypto.Cipher import ARC4"])
case("weakcipher", "crypto_tripledes", True, ["key = os.urandom(24)",
                                              "!encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8))).encryptor()",
                                              'result = (encryptor.update(bar.encode("utf-8").ljust(16)) + encryptor.finalize()).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"])
case("weakcipher", "crypto_aes_ecb", True, ["key = os.urandom(32)",
                                            "!encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()",
                                            'result = (encryptor.update(bar.encode("utf-8").ljust(16)) + encryptor.finalize()).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"])
case("weakcipher", "aes_mode_fold_ecb", True, ["key = os.urandom(16)", "mode = AES.MODE_GCM if (7 * 18) + 106 < 200 else AES.MODE_ECB",
                                               "!cipher = AES.new(key, mode)", 'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'],
     imports=["import os", "from Crypto.Cipher import AES", "from Crypto.Util.Padding import pad"])
case("weakcipher", "aes_cbc_const_iv", True, ["key = os.urandom(16)", '!cipher = AES.new(key, AES.MODE_CBC, iv=b"0123456789abcdef")',
                                              'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'],
     imports=["import os", "from Crypto.Cipher import AES", "from Crypto.Util.Padding import pad"])
case("weakcipher", "blowfish", True, ["!cipher = Blowfish.new(os.urandom(16), Blowfish.MODE_CBC, iv=os.urandom(8))",
                                      'result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()'],
     imports=["import os", "from Crypto.Cipher import Blowfish", "from Crypto.Util.Padding import pad"])
case("weakcipher", "aes_gcm", False, ["key = os.urandom(16)", "cipher = AES.new(key, AES.MODE_GCM)",
                                      'ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))', "result = (cipher.nonce + tag + ciphertext).hex()"],
     imports=["import os", "from Crypto.Cipher import AES"])
case("weakcipher", "aesgcm", False, ["key = AESGCM.generate_key(bit_length=256)", "nonce = os.urandom(12)",
                                     'result = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers.aead import AESGCM"])
case("weakcipher", "fernet", False, ["f = Fernet(Fernet.generate_key())", 'result = f.encrypt(bar.encode("utf-8")).decode("ascii")'],
     imports=["from cryptography.fernet import Fernet"])
case("weakcipher", "aes_cbc_random_iv", False, ["key = os.urandom(16)", "cipher = AES.new(key, AES.MODE_CBC, iv=os.urandom(16))",
                                                'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'],
     imports=["import os", "from Crypto.Cipher import AES", "from Crypto.Util.Padding import pad"])
case("weakcipher", "crypto_aes_gcm", False, ["key = os.urandom(32)", "iv = os.urandom(12)",
                                             "encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()",
                                             'result = (encryptor.update(bar.encode("utf-8")) + encryptor.finalize()).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"])
case("weakcipher", "aes_mode_fold_gcm", False, ["key = os.urandom(16)", "mode = AES.MODE_GCM if (7 * 18) + 106 > 200 else AES.MODE_ECB",
                                                "cipher = AES.new(key, mode)", 'ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))',
                                                "result = ciphertext.hex()"],
     imports=["import os", "from Crypto.Cipher import AES"])

R = dict(imports=["import random"])
case("weakrandom", "cookie_remember", True, ["!rand = random.random()", "remember_me_key = str(rand)[2:]", ("cookie-set", "rememberMe")], **R)
case("weakrandom", "reset_token_bits", True, ['!reset_token = "%032x" % random.getrandbits(128)', "result = reset_token + bar[:0]"], **R)
case("weakrandom", "otp_randint", True, ["!otp = str(random.randint(100000, 999999))", "result = len(otp + bar)"], **R)
case("weakrandom", "api_key_choice", True, ['!api_key = "".join(random.choice(ALPHABET) for _ in range(32))', "result = len(api_key) + len(bar)"],
     setup=['ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"'], **R)
case("weakrandom", "rng_session_id", True, ["rng = random.Random()", "!session_id = rng.randint(0, 2 ** 63)", ("cookie-set-str", "session_id")], **R)
case("weakrandom", "cookie_randint", True, ["!value = random.randint(0, 99)", 'user_id = "User:" + str(value)', ("cookie-set", "rememberMe", "user_id")], **R)
case("weakrandom", "cookie_gauss", True, ["!rand = random.gauss(0, 1)", 'remember_me_key = str(rand).replace(".", "")[1:]', ("cookie-set", "rememberMe")], **R)
case("weakrandom", "token_randbytes", True, ["!csrf_token = random.randbytes(16).hex()", "result = len(csrf_token + bar)"], **R)
case("weakrandom", "gauss_simulation", False, ["noise = random.gauss(0, 0.05)", "result = round(len(bar) * (1 + noise), 2)"], **R)
case("weakrandom", "cookie_direct", True, [("cookie-set-expr", "rememberMe", "str(random.random())")], **R)
case("weakrandom", "uuid4_token", False, ["reset_token = str(uuid.uuid4())", "result = reset_token + bar[:0]"], imports=["import uuid"])
case("weakrandom", "cookie_secrets", False, ["rand = secrets.randbelow(10 ** 16)", "remember_me_key = str(rand)", ("cookie-set", "rememberMe")],
     imports=["import secrets"])
case("weakrandom", "token_secrets", False, ["reset_token = secrets.token_hex(16)", "result = reset_token + bar[:0]"], imports=["import secrets"])
case("weakrandom", "system_random", False, ["otp = str(random.SystemRandom().randint(100000, 999999))", "result = len(otp + bar)"], **R)
case("weakrandom", "banner_choice", False, ["banner = random.choice(BANNERS)", "result = banner + bar[:0]"],
     setup=['BANNERS = ["spring-sale", "new-arrivals", "free-shipping"]'], **R)
case("weakrandom", "sampling", False, ["sampled = random.random() < 0.1", "result = sampled and len(bar) > 0"], **R)
case("weakrandom", "jitter", False, ["delay = random.uniform(0.1, 0.5)", "result = round(delay, 2)"], **R)

TLS_URL = '"https://partner.example.com/api/lookup"'
TL = dict(imports=["import requests"], setup=PROXY_SETUP)
case("tlsverify", "requests_verify_false", True, ["!resp = requests.get(%s, params={\"q\": bar}, verify=False, proxies=PROXIES, timeout=5)" % TLS_URL,
                                                  "result = resp.status_code"], **TL)
case("tlsverify", "session_verify_attr", True, ["s = requests.Session()", "!s.verify = False", "s.proxies.update(PROXIES)",
                                                "resp = s.get(%s, params={\"q\": bar}, timeout=5)" % TLS_URL, "result = resp.status_code"], **TL)
case("tlsverify", "unverified_context", True, ["!ctx = ssl._create_unverified_context()", 'conn = http.client.HTTPSConnection("partner.example.com", context=ctx)',
                                               'conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))', "result = conn.getresponse().status"],
     imports=["import http.client", "import ssl", "import urllib.parse"])
case("tlsverify", "cert_none", True, ["ctx = ssl.create_default_context()", "!ctx.check_hostname = False", "!ctx.verify_mode = ssl.CERT_NONE",
                                      'conn = http.client.HTTPSConnection("partner.example.com", context=ctx)',
                                      'conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))', "result = conn.getresponse().status"],
     imports=["import http.client", "import ssl", "import urllib.parse"])
case("tlsverify", "httpx_verify_false", True, ['!with httpx.Client(verify=False, proxy="http://egress.internal:3128") as client:',
                                               "    result = client.get(%s, params={\"q\": bar}).status_code" % TLS_URL], imports=["import httpx"])
case("tlsverify", "fold_verify_false", True, ["verify_flag = (7 * 18) + 106 < 200",
                                              "!resp = requests.get(%s, params={\"q\": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)" % TLS_URL,
                                              "result = resp.status_code"], **TL)
case("tlsverify", "proxymanager_cert_none", True, ['!http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_NONE")',
                                                  'resp = http.request("GET", %s, fields={"q": bar})' % TLS_URL, "result = resp.status"],
     imports=["import urllib3"])
case("tlsverify", "proxymanager_cert_required", False, ['http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_REQUIRED")',
                                                        'resp = http.request("GET", %s, fields={"q": bar})' % TLS_URL, "result = resp.status"],
     imports=["import urllib3"])
case("tlsverify", "disable_warnings_only", False, ["urllib3.disable_warnings()",
                                                   "resp = requests.get(%s, params={\"q\": bar}, proxies=PROXIES, timeout=5)" % TLS_URL,
                                                   "result = resp.status_code"], imports=["import requests", "import urllib3"], setup=PROXY_SETUP)
case("tlsverify", "requests_verify_true", False, ["resp = requests.get(%s, params={\"q\": bar}, verify=True, proxies=PROXIES, timeout=5)" % TLS_URL,
                                                  "result = resp.status_code"], **TL)
case("tlsverify", "requests_ca_bundle", False, ['resp = requests.get(%s, params={"q": bar}, verify="/etc/ssl/certs/partner-ca.pem", proxies=PROXIES, timeout=5)' % TLS_URL,
                                                "result = resp.status_code"], **TL)
case("tlsverify", "default_context", False, ["ctx = ssl.create_default_context()", 'conn = http.client.HTTPSConnection("partner.example.com", context=ctx)',
                                             'conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))', "result = conn.getresponse().status"],
     imports=["import http.client", "import ssl", "import urllib.parse"])
case("tlsverify", "fold_verify_true", False, ["verify_flag = (7 * 18) + 106 > 200",
                                              "resp = requests.get(%s, params={\"q\": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)" % TLS_URL,
                                              "result = resp.status_code"], **TL)
case("tlsverify", "httpx_context", False, ['with httpx.Client(verify=ssl.create_default_context(), proxy="http://egress.internal:3128") as client:',
                                           "    result = client.get(%s, params={\"q\": bar}).status_code" % TLS_URL], imports=["import httpx", "import ssl"])

J = dict(imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]'])
case("jwt", "verify_signature_false", True, ['!claims = jwt.decode(bar, options={"verify_signature": False})', 'result = claims.get("sub")'], **J)
case("jwt", "options_variable", True, ['opts = {"verify_signature": False, "verify_exp": True}', '!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)',
                                       'result = claims.get("sub")'], **J)
case("jwt", "algorithms_none", True, ['!claims = jwt.decode(bar, JWT_KEY, algorithms=["none"])', 'result = claims.get("sub")'], **J)
case("jwt", "jose_unverified", True, ["!claims = jose_jwt.get_unverified_claims(bar)", 'result = claims.get("sub")'],
     imports=["from jose import jwt as jose_jwt"])
case("jwt", "fold_verify_false", True, ["verify = (7 * 18) + 106 < 200", '!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})',
                                        'result = claims.get("sub")'], **J)
case("jwt", "pyjwt1_verify_false", True, ['!claims = jwt.decode(bar, verify=False)', 'result = claims.get("sub")'], **J)
case("jwt", "verify_exp_off", False, ['claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_exp": False})',
                                      'result = claims.get("sub")'], **J)
case("jwt", "jose_options_off", True, ['!claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": False})',
                                        'result = claims.get("sub")'], imports=["import os", "from jose import jwt as jose_jwt"],
     setup=['JWT_KEY = os.environ["JWT_KEY"]'])
case("jwt", "hs256_key", False, ['claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])', 'result = claims.get("sub")'], **J)
case("jwt", "options_require", False, ['claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})',
                                       'result = claims.get("sub")'], **J)
case("jwt", "header_then_verify", False, ['header = jwt.get_unverified_header(bar)', 'key = KEYS.get(header.get("kid"), JWT_KEY)',
                                          'claims = jwt.decode(bar, key, algorithms=["HS256"])', 'result = claims.get("sub")'],
     setup=['JWT_KEY = os.environ["JWT_KEY"]', 'KEYS = {"v1": os.environ["JWT_KEY_V1"]}'], imports=["import os", "import jwt"])
case("jwt", "fold_verify_true", False, ["verify = (7 * 18) + 106 > 200", 'claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})',
                                        'result = claims.get("sub")'], **J)
case("jwt", "jose_verified", False, ['claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"])', 'result = claims.get("sub")'],
     imports=["import os", "from jose import jwt as jose_jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]'])

CONFIG_RULES = {"cookie": "PY-COOKIE-INSECURE", "weakhash": "PY-WEAK-HASH", "weakcipher": "PY-WEAK-CIPHER", "weakrandom": "PY-WEAK-RANDOM",
                "tlsverify": "PY-TLS-VERIFY-OFF", "jwt": "PY-JWT-NO-VERIFY"}

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def assemble(fw, imports, flask_names, setup, module, view, post, header):
    out = [header]
    imports = set(imports)
    if fw == "flask":
        flask_names = set(flask_names) | {"Flask", "request"}
        imports.add("from flask import " + ", ".join(sorted(flask_names)))
    elif fw == "fastapi":
        imports.add("from fastapi import FastAPI")
        imports.add("from fastapi import Request")
    elif fw == "django":
        imports.add("from django.urls import path")
    out += import_lines(imports)
    if fw == "flask":
        out.append("app = Flask(__name__)")
    elif fw == "fastapi":
        out.append("app = FastAPI()")
    seen = []
    for l in setup:
        if l not in seen:
            seen.append(l)
    out += seen
    if module:
        out += ["", ""] + list(module)
    out += ["", ""] + view
    if post:
        out += ["", ""] + post
    text = "\n".join(out) + "\n"
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text


def view_lines(fw, src, name, body):
    """The view around body (source lines first)."""
    func = "benchmark_test_%s" % name
    lines = list(src["lines"]) + body
    if fw == "flask":
        methods = ', methods=["POST"]' if src.get("post") else ', methods=["GET", "POST"]'
        route = "/%s%s" % (name.replace("_", "-"), src.get("route", ""))
        return ['@app.route("%s"%s)' % (route, methods), "def %s(%s):" % (func, src.get("sig", ""))] + I(lines, 4), []
    if fw == "django":
        sig = "request" + (", " + src["sig"] if src.get("sig") else "")
        route = "%s/%s" % (name.replace("_", "-"), src.get("route", ""))
        return ["def %s(%s):" % (func, sig)] + I(lines, 4), ["urlpatterns = [", '    path("%s", %s),' % (route, func), "]"]
    verb = "post" if src.get("post") else "get"
    route = "/%s%s" % (name.replace("_", "-"), src.get("route", ""))
    sig = "request: Request" + (", " + src["sig"] if src.get("sig") else "")
    asyn = src.get("asyn") or any("await " in l for l in lines) or len(name) % 2 == 0
    return ['@app.%s("%s")' % (verb, route), "%sdef %s(%s):" % ("async " if asyn else "", func, sig)] + I(lines, 4), []


class Ctx:
    """What a case needs besides its view body."""

    def __init__(self):
        self.imports = set()
        self.flask = set()
        self.setup = []
        self.module = []

    def take(self, d):
        self.imports |= set(d.get("imports", []))
        self.flask |= set(d.get("flask", []))
        self.setup += list(d.get("setup", []))
        if d.get("module"):
            self.module += [""] * (2 if self.module else 0) + list(d["module"])


def mark(lines, rule, truth):
    out = []
    for l in lines:
        if l.startswith("!"):
            l = l[1:]
            if truth:
                l += "  # want: " + rule
        out.append(l)
    return out


def render_taint(cat, fw, src, p, helper, sk, truth, name, label):
    rule = TAINT[cat][0]
    c = Ctx()
    c.take(src)
    c.take(sk)
    c.imports |= set(p["imports"])
    if p["module"]:
        c.module += ([""] * 2 if c.module else []) + list(p["module"])
    if helper:
        # bar = Test().do_something(request, param), the benchmark's helper class
        meth = ["class Test:", "    def do_something(self, request, param):"] + I(p["body"] + ["return bar"], 8)
        c.module += ([""] * 2 if c.module else []) + meth
        pbody = ["bar = Test().do_something(request, param)"]
    else:
        pbody = list(p["body"])
    sbody = mark(sk["body"], rule, truth)
    body = pbody + sbody
    if not sk.get("ret"):
        nret, nimp = NORMAL_RET[fw]
        c.take(nimp)
        body += nret
    view, post = view_lines(fw, src, name, body)
    header = "# generated case (gen_cases3): category=%s rule=%s fw=%s source=%s propagation=%s%s sink=%s expected=%s" % (
        cat, rule, fw, src["key"], p["key"], " (helper class)" if helper else "", label, "true" if truth else "false")
    return assemble(fw, c.imports, c.flask, c.setup + list(src.get("setup", [])), c.module, view, post, header)


def render_config(cat, fw, src, key, truth, body, kw, name):
    rule = CONFIG_RULES[cat]
    c = Ctx()
    c.take(src)
    c.take(kw)
    lines = ["bar = param"]
    ret = kw.get("ret", False)
    if isinstance(body, tuple):
        # cookies: ("cookie", call) or ("cookie-pre", pre lines, call)
        pre = body[1] if body[0] == "cookie-pre" else []
        call = body[-1]
        cb, ck = cookie_body(call, fw)
        c.take(ck)
        lines += pre + cb
        ret = True
    else:
        for l in body:
            if isinstance(l, tuple):
                # ("cookie-set", cookie name[, variable]) sets a fully flagged cookie
                var = l[2] if len(l) > 2 else ("remember_me_key" if l[0] == "cookie-set" else None)
                val = var if l[0] in ("cookie-set", "cookie-set-expr") else "str(%s)" % l[1]
                cname = l[1]
                cb, ck = cookie_body('resp.set_cookie("%s", %s, secure=True, httponly=True, samesite="Strict")' % (cname, val), fw)
                c.take(ck)
                cb = [x.lstrip("!") for x in cb]
                if l[0] == "cookie-set-expr":
                    cb = ["!" + x if "set_cookie" in x else x for x in cb]
                lines += cb
                ret = True
            else:
                lines.append(l)
    lines = mark(lines, rule, truth)
    if not ret:
        nret, nimp = NORMAL_RET[fw]
        c.take(nimp)
        lines += nret
    view, post = view_lines(fw, src, name, lines)
    header = "# generated case (gen_cases3): category=%s rule=%s fw=%s source=%s variant=%s expected=%s" % (
        cat, rule, fw, src["key"], key, "true" if truth else "false")
    return assemble(fw, c.imports, c.flask, c.setup + list(src.get("setup", [])), c.module, view, post, header)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    counts = {}
    n = [0]

    def pick(i):
        fw = FWS[i % 3]
        srcs = SOURCES[fw]
        return fw, srcs[(i // 3) % len(srcs)]

    def add(cat, fname, text, truth):
        assert fname not in files, fname
        files[fname] = text
        counts.setdefault(cat, [0, 0])[0 if truth else 1] += 1

    for ci, cat in enumerate(TAINT):
        rule, tb, ntv, sb, nsv = TAINT[cat]
        i = ci * 7
        for pi, p in enumerate(P):
            if p["cats"] is not None and cat not in p["cats"]:
                continue
            truth = p["truth"](cat)
            if truth is None or p["key"] in KNOWN_GAPS or "%s/%s" % (cat, p["key"]) in KNOWN_GAPS:
                continue
            fw, src = pick(i)
            helper = p["key"] != "direct" and pi % 2 == 1
            tv = [x for x in range(ntv) if "%s/v%d" % (cat, x) not in KNOWN_GAPS]
            v = tv[(i // 2) % len(tv)]
            name = "%05d" % (len(files) + 1)
            text = render_taint(cat, fw, src, p, helper, tb(fw, v), truth, name, "v%d" % v)
            add(cat, "%s/%s_%s_%s%s_v%d_%s.py" % (cat, fw, src["key"], p["key"], "_helper" if helper else "", v,
                                                 "true" if truth else "false"), text, truth)
            i += 1
        # the safe API of every sink, with a plain and a helper-class flow, per framework
        for fw in FWS:
            for sv in range(nsv):
                for helper in (False, True):
                    if "%s/safe%d" % (cat, sv) in KNOWN_GAPS:
                        continue
                    srcs = SOURCES[fw]
                    src = srcs[(i + sv) % len(srcs)]
                    p = P[0] if not helper else dict(P[0], key="passthrough")
                    name = "%05d" % (len(files) + 1)
                    text = render_taint(cat, fw, src, p, helper, sb(fw, sv), False, name, "safe%d" % sv)
                    add(cat, "%s/%s_%s_%s_safe%d_false.py" % (cat, fw, src["key"], p["key"], sv), text, False)
                    i += 1
                    if cat not in ("xss", "redirect", "ssti") or helper:
                        break
    # NoSQL: string values in a filter, plain and through a helper class
    for fw in FWS:
        for k, key in enumerate(STRING_SOURCES[fw]):
            src = [x for x in SOURCES[fw] if x["key"] == key][0]
            helper = k % 2 == 1
            p = P[0] if not helper else dict(P[0], key="passthrough")
            name = "%05d" % (len(files) + 1)
            text = render_taint("nosqli", fw, src, p, helper, nosql_strvalue(fw, 0), False, name, "strvalue")
            add("nosqli", "nosqli/%s_%s_%s_strvalue_false.py" % (fw, key, p["key"]), text, False)
    for cat in CONFIG:
        i = 0
        for key, truth, body, kw in CONFIG[cat]:
            if "%s/%s" % (cat, key) in KNOWN_GAPS:
                continue
            for rep in range(2):
                fw, src = pick(i + rep * 4)
                if cat == "cookie" and rep == 0 and fw == "fastapi":
                    fw, src = pick(i + 1)
                # Starlette's set_cookie (FastAPI's) defaults to samesite="lax":
                # a missing samesite is a finding only elsewhere.
                step = 1
                while cat == "cookie" and key == "some_samesite_missing" and fw == "fastapi":
                    fw, src = pick(i + step)
                    step += 1
                name = "%05d" % (len(files) + 1)
                text = render_config(cat, fw, src, key, truth, body, kw, name)
                add(cat, "%s/%s_%s_%s_%s.py" % (cat, fw, src["key"], key, "true" if truth else "false"), text, truth)
                i += 1
    write_suite(OUT, files, counts)


if __name__ == "__main__":
    main()
