#!/usr/bin/python3
"""Generate benchmark-style true/false fixture cases for the Python analyzer.

Each case is a small web handler: SOURCE -> PROPAGATION -> SINK. Cases whose
sink must be reported carry "# want: RULE" on the sink line; the file name
ends in _true.py, otherwise _false.py. Run from anywhere:

    /usr/bin/python3 internal/analyzer/python/testdata/gen_cases.py

Output goes to testdata/generated/ beside this script (wiped and regenerated on every run).
"""
import os
import shutil

from gen_common import import_lines

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "testdata", "generated")

# --------------------------------------------------------------------------
# Sources: how `param` is obtained, per framework.
# --------------------------------------------------------------------------
# fw: flask | django | fastapi | httpserver
SOURCES = {
    "args": dict(fw="flask", lines=['param = request.args.get("p", "")']),
    "form": dict(fw="flask", lines=['param = request.form["p"]'], post=True),
    "values": dict(fw="flask", lines=['param = request.values.get("p", "")']),
    "cookies": dict(fw="flask", lines=['param = request.cookies.get("p", "")']),
    "headers": dict(fw="flask", lines=['param = request.headers.get("X-P", "")']),
    "json": dict(fw="flask", lines=['param = request.get_json()["p"]'], post=True),
    "data": dict(fw="flask", lines=['param = request.data.decode("utf-8")'], post=True),
    "routeparam": dict(fw="flask", lines=["param = p"], route_param=True),
    "djget": dict(fw="django", lines=['param = request.GET.get("p", "")']),
    "djpost": dict(fw="django", lines=['param = request.POST["p"]']),
    "djcookies": dict(fw="django", lines=['param = request.COOKIES.get("p", "")']),
    "djmeta": dict(fw="django", lines=['param = request.META.get("HTTP_X_P", "")']),
    "faquery": dict(fw="fastapi", lines=["param = p"]),
    "fapath": dict(fw="fastapi", lines=["param = p"], route_param=True),
    "hsheader": dict(fw="httpserver", lines=['param = self.headers.get("X-P", "")']),
    "hspath": dict(fw="httpserver", lines=['param = parse_qs(urlparse(self.path).query).get("p", [""])[0]']),
}
SOURCE_ORDER = list(SOURCES)

REJECT = {
    "flask": ["abort(400)"],
    "django": ['return HttpResponseBadRequest("invalid")'],
    "fastapi": ['raise HTTPException(status_code=400, detail="invalid")'],
    "httpserver": ["self.send_error(400)", "return"],
}

# --------------------------------------------------------------------------
# Sinks. `body` lines use {bar}; the line starting with "!" is the sink line.
# Return-sinks (XSS, redirect) have the sink as the return statement.
# --------------------------------------------------------------------------
def sink_sqli(fw, v):
    if v == 0:
        return dict(imports=["import sqlite3"], body=[
            'conn = sqlite3.connect("app.db")',
            "cur = conn.cursor()",
            '!cur.execute("SELECT name, email FROM users WHERE id = " + bar)',
            "result = cur.fetchall()",
        ])
    return dict(imports=["import sqlite3"], body=[
        'conn = sqlite3.connect("app.db")',
        '!result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()',
    ])


def safe_sqli(fw):
    return dict(imports=["import sqlite3"], body=[
        'conn = sqlite3.connect("app.db")',
        "cur = conn.cursor()",
        'cur.execute("SELECT name, email FROM users WHERE id = ?", (bar,))',
        "result = cur.fetchall()",
    ])


def sink_cmdi(fw, v):
    if v == 0:
        return dict(imports=["import subprocess"], body=[
            '!proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)',
            "result = proc.returncode",
        ])
    return dict(imports=["import os"], body=['!result = os.system("ping -c 1 " + bar)'])


def safe_cmdi(fw):
    return dict(imports=["import subprocess"], body=[
        'proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)',
        "result = proc.returncode",
    ])


def sink_path(fw, v):
    if v == 0:
        return dict(imports=["import os"], setup=['BASE_DIR = "/srv/app/files"'], body=[
            "!with open(os.path.join(BASE_DIR, bar)) as fh:",
            "    result = len(fh.read())",
        ])
    return dict(imports=["import os"], setup=['BASE_DIR = "/srv/app/files"'], body=[
        '!os.remove(BASE_DIR + "/" + bar)',
        "result = True",
    ])


def safe_path(fw):
    return dict(imports=["import os"], setup=['BASE_DIR = "/srv/app/files"'], body=[
        'with open(os.path.join(BASE_DIR, "index.txt")) as fh:',
        "    result = bar in fh.read()",
    ])


def sink_xss(fw, v):
    if fw == "flask":
        if v == 0:
            return dict(body=['!return "<p>Hello " + bar + "</p>"'], ret=True)
        return dict(flask=["make_response"], body=['!return make_response("<div>" + bar + "</div>")'], ret=True)
    if fw == "django":
        return dict(imports=["from django.http import HttpResponse"], body=['!return HttpResponse("<p>Hello " + bar + "</p>")'], ret=True)
    return dict(imports=["from fastapi.responses import HTMLResponse"], body=['!return HTMLResponse("<p>Hello " + bar + "</p>")'], ret=True)


def safe_xss(fw):
    if fw == "flask":
        return dict(flask=["render_template"], body=['return render_template("hello.html", name=bar)'], ret=True)
    if fw == "django":
        return dict(imports=["from django.shortcuts import render"], body=['return render(request, "hello.html", {"name": bar})'], ret=True)
    return dict(imports=["import html", "from fastapi.responses import HTMLResponse"], body=['return HTMLResponse("<p>Hello " + html.escape(bar) + "</p>")'], ret=True)


def sink_redirect(fw, v):
    if fw == "flask":
        return dict(flask=["redirect"], body=["!return redirect(bar)"], ret=True)
    if fw == "django":
        return dict(imports=["from django.http import HttpResponseRedirect"], body=["!return HttpResponseRedirect(bar)"], ret=True)
    return dict(imports=["from fastapi.responses import RedirectResponse"], body=["!return RedirectResponse(bar)"], ret=True)


def safe_redirect(fw):
    if fw == "flask":
        return dict(flask=["redirect", "url_for"], body=['return redirect(url_for("search", q=bar))'], ret=True)
    if fw == "django":
        return dict(imports=["from django.http import HttpResponseRedirect"], body=['return HttpResponseRedirect("/dashboard/")'], ret=True)
    return dict(imports=["from fastapi.responses import RedirectResponse"], body=['return RedirectResponse("/dashboard")'], ret=True)


def sink_ssrf(fw, v):
    if v == 0:
        return dict(imports=["import requests"], setup=PROXY_SETUP, body=[
            "!resp = requests.get(bar, proxies=PROXIES, timeout=5)",
            "result = resp.status_code",
        ])
    return dict(imports=["import requests"], setup=PROXY_SETUP, body=[
        '!resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)',
        "result = resp.status_code",
    ])


PROXY_SETUP = ['PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}']


def safe_ssrf(fw):
    return dict(imports=["import requests"], setup=PROXY_SETUP, body=[
        'resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)',
        "result = resp.status_code",
    ])


def sink_code(fw, v):
    if v == 0:
        return dict(body=["!result = str(eval(bar))"])
    return dict(body=['!exec("total = " + bar, {})', "result = True"])


def safe_code(fw):
    return dict(imports=["import ast"], body=["result = str(ast.literal_eval(bar))"])


def sink_deser(fw, v):
    if v == 0:
        return dict(imports=["import base64", "import pickle"], body=[
            "!obj = pickle.loads(base64.b64decode(bar))",
            "result = type(obj).__name__",
        ])
    return dict(imports=["import yaml"], body=[
        "!obj = yaml.load(bar, Loader=yaml.Loader)",
        "result = type(obj).__name__",
    ])


def safe_deser(fw):
    return dict(imports=["import json"], body=[
        "obj = json.loads(bar)",
        "result = type(obj).__name__",
    ])


XML_SETUP = ['USERS_XML = etree.parse("/srv/data/users.xml")']


def sink_xpath(fw, v):
    return dict(imports=["from lxml import etree"], setup=XML_SETUP, body=[
        '!nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")',
        "result = len(nodes)",
    ])


def safe_xpath(fw):
    return dict(imports=["from lxml import etree"], setup=XML_SETUP, body=[
        'nodes = USERS_XML.xpath("//user[@id=$uid]/name/text()", uid=bar)',
        "result = len(nodes)",
    ])


def sink_ldap(fw, v):
    return dict(imports=["import ldap"], body=[
        'conn = ldap.initialize("ldap://ldap.example.com")',
        '!entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")',
        "result = len(entries)",
    ])


def safe_ldap(fw):
    return dict(imports=["import ldap", "from ldap.filter import escape_filter_chars"], body=[
        'conn = ldap.initialize("ldap://ldap.example.com")',
        'entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(bar) + ")")',
        "result = len(entries)",
    ])


MONGO_SETUP = ['db = MongoClient("mongodb://localhost:27017")["app"]']


def sink_nosql(fw, v):
    if v == 0:
        return dict(imports=["from pymongo import MongoClient"], setup=MONGO_SETUP, body=[
            '!docs = list(db.users.find({"$where": "this.age > " + bar}))',
            "result = len(docs)",
        ])
    return dict(imports=["import json", "from pymongo import MongoClient"], setup=MONGO_SETUP, body=[
        '!docs = list(db.users.find({"name": json.loads(bar)}))',
        "result = len(docs)",
    ])


def safe_nosql(fw):
    return dict(imports=["from pymongo import MongoClient"], setup=MONGO_SETUP, body=[
        'docs = list(db.users.find({"name": {"$eq": str(bar)}}))',
        "result = len(docs)",
    ])


def sink_trust(fw, v):
    if fw == "flask":
        return dict(flask=["session"], setup=["app.secret_key = os.environ[\"SECRET_KEY\"]"], imports=["import os"],
                    body=['!session["preference"] = bar', "result = True"])
    return dict(body=['!request.session["preference"] = bar', "result = True"])


def safe_trust(fw):
    if fw == "flask":
        return dict(flask=["session"], setup=["app.secret_key = os.environ[\"SECRET_KEY\"]"], imports=["import os"],
                    body=['session["preference_len"] = len(bar)', "result = True"])
    return dict(body=['request.session["preference_len"] = len(bar)', "result = True"])


ALL_FW = ["flask", "django", "fastapi", "httpserver"]
SINKS = {
    # name: (rule, class, builder, safe builder, frameworks, variants)
    "sqli": ("PY-SQLI", "sql", sink_sqli, safe_sqli, ALL_FW, 2),
    "cmdi": ("PY-CMDI", "cmd", sink_cmdi, safe_cmdi, ALL_FW, 2),
    "pathtraver": ("PY-PATH-TRAVERSAL", "path", sink_path, safe_path, ALL_FW, 2),
    "xss": ("PY-XSS", "html", sink_xss, safe_xss, ["flask", "django", "fastapi"], 2),
    "redirect": ("PY-OPEN-REDIRECT", "redirect", sink_redirect, safe_redirect, ["flask", "django", "fastapi"], 1),
    "ssrf": ("PY-SSRF", "url", sink_ssrf, safe_ssrf, ALL_FW, 2),
    "codeinj": ("PY-CODE-INJECTION", "code", sink_code, safe_code, ALL_FW, 2),
    "deser": ("PY-DESERIALIZATION", "deser", sink_deser, safe_deser, ALL_FW, 2),
    "xpath": ("PY-XPATH-INJECTION", "xpath", sink_xpath, safe_xpath, ALL_FW, 1),
    "ldap": ("PY-LDAP-INJECTION", "ldap", sink_ldap, safe_ldap, ALL_FW, 1),
    "nosqli": ("PY-NOSQLI", "nosql", sink_nosql, safe_nosql, ALL_FW, 2),
    "trustbound": ("PY-TRUST-BOUNDARY", "trust", sink_trust, safe_trust, ["flask", "django"], 1),
}

# --------------------------------------------------------------------------
# Propagations: (key, body lines, truth(cls) -> True/False/None(skip),
#                optional module-level helper lines, imports, wrap header)
# --------------------------------------------------------------------------
T = lambda cls: True
F = lambda cls: False


def only(false_for, skip=()):
    """Sanitizer for classes in false_for; taint survives elsewhere."""
    def f(cls):
        if cls in skip:
            return None
        return cls not in false_for
    return f


P = []


def prop(key, body, truth, module=(), imports=(), wrap=None, note=""):
    P.append(dict(key=key, body=list(body), truth=truth, module=list(module), imports=list(imports), wrap=wrap, note=note))


# --- plain string building
prop("direct", ["bar = param"], T)
prop("fstring", ['bar = f"{param}"'], T)
prop("percent", ['bar = "%s" % param'], T)
prop("format", ['bar = "{}".format(param)'], T)
prop("concat", ['bar = "" + param + ""'], T)
prop("join", ['bar = "".join([param, ""])'], T)
prop("replace", ['bar = param.replace("\\t", " ")'], T)
prop("strip", ["bar = param.strip()"], T)
prop("lower", ["bar = param.lower()"], only((), skip=("deser",)))
prop("slice", ["bar = param[1:]"], T)
prop("split0", ['bar = param.split("\\n")[0]'], T)
prop("b64roundtrip", ["bar = base64.b64decode(base64.b64encode(param.encode(\"utf-8\"))).decode(\"utf-8\")"], T,
     imports=["import base64"])
prop("tupleunpack_second", ['_label, bar = "safe", param'], T)
prop("tupleunpack_first", ['bar, _other = "safe", param'], F)
prop("lambda_ident", ["ident = lambda s: s", "bar = ident(param)"], T)
prop("lambda_const", ['const = lambda s: "safe"', "bar = const(param)"], F)
prop("listcomp_all", ['bar = "".join([c for c in param])'], T)
prop("listcomp_digits", ['bar = "".join([c for c in param if c.isdigit()])'], F)

# --- constant-condition branches
prop("ifconst_safebranch", ["num = 86", "if (7 * 42) - num > 200:", '    bar = "This_should_always_happen"', "else:", "    bar = param"], F)
prop("ifconst_taintbranch", ["num = 86", "if (7 * 42) - num < 200:", '    bar = "This should never happen"', "else:", "    bar = param"], T)
prop("ternary_safe", ["num = 106", 'bar = "This_should_always_happen" if (7 * 18) + num > 200 else param'], F)
prop("ternary_taint", ["num = 106", 'bar = "This_should_never_happen" if (7 * 18) + num < 200 else param'], T)
prop("ternary_isalnum", ['bar = param if param.isalnum() else "safe"'], F)
prop("ternary_nonempty", ['bar = param if param else "safe"'], T)
prop("switch_safe", ['guess = "ABC"', "target = guess[1]", 'if target == "A":', "    bar = param",
                     'elif target == "B":', '    bar = "bob"', 'elif target == "C" or target == "D":', "    bar = param",
                     "else:", '    bar = "bob\'s your uncle"'], F)
prop("switch_taint", ['guess = "ABC"', "target = guess[2]", 'if target == "A":', '    bar = "a_value"',
                      'elif target == "B":', '    bar = "bob"', 'elif target == "C" or target == "D":', "    bar = param",
                      "else:", '    bar = "bob\'s your uncle"'], T)
prop("dictdispatch_safe", ['guess = "ABC"', "target = guess[1]", 'bar = {"A": param, "B": "bob", "C": param}[target]'], F)
prop("dictdispatch_taint", ['guess = "ABC"', "target = guess[0]", 'bar = {"A": param, "B": "bob", "C": "carol"}[target]'], T)

# --- lists
prop("listpop_idx0", ['values = ["safe", param, "moresafe"]', "values.pop(0)", "bar = values[0]"], T)
prop("listpop_idx1", ['values = ["safe", param, "moresafe"]', "values.pop(0)", "bar = values[1]"], F)
prop("listappend_last", ['values = ["safe", "moresafe"]', "values.append(param)", "bar = values[2]"], T)
prop("listappend_first", ['values = ["safe", "moresafe"]', "values.append(param)", "bar = values[0]"], F)
prop("listremove_idx0", ['values = ["safe", param, "moresafe"]', 'values.remove("safe")', "bar = values[0]"], T)
prop("listremove_idx1", ['values = ["safe", param, "moresafe"]', 'values.remove("safe")', "bar = values[1]"], F)
prop("listinsert_idx0", ['values = ["safe", "moresafe"]', "values.insert(0, param)", "bar = values[0]"], T)
prop("listinsert_idx1", ['values = ["safe", "moresafe"]', "values.insert(0, param)", "bar = values[1]"], F)
prop("listneg_last", ['values = ["safe", "moresafe", param]', "bar = values[-1]"], T)
prop("listneg_first", ['values = [param, "safe", "moresafe"]', "bar = values[-1]"], F)

# --- dicts
prop("dict_keyB", ['m = {"keyA": "a_Value", "keyB": param}', 'bar = m["keyB"]'], T)
prop("dict_keyA", ['m = {"keyA": "a_Value", "keyB": param}', 'bar = m["keyA"]'], F)
prop("dict_overwritten", ['m = {"keyA": "a_Value", "keyB": param}', 'm["keyB"] = "safe"', 'bar = m["keyB"]'], F)
prop("dict_setlater", ['m = {"keyA": "a_Value", "keyB": "b_Value"}', 'm["keyA"] = param', 'bar = m["keyA"]'], T)
prop("dict_get_keyB", ['m = {"keyA": "a_Value", "keyB": param}', 'bar = m.get("keyB", "")'], T)
prop("dict_get_keyA", ['m = {"keyA": "a_Value", "keyB": param}', 'bar = m.get("keyA", "")'], F)
prop("dict_pop_keyB", ['m = {"keyA": "a_Value", "keyB": param}', 'bar = m.pop("keyB")'], T)
prop("dict_pop_keyA", ['m = {"keyA": "a_Value", "keyB": param}', 'bar = m.pop("keyA")'], F)

# --- helpers and classes in the same file
prop("helper_ident", ["bar = do_something(param)"], T, module=["def do_something(value):", "    return value"])
prop("helper_const", ["bar = do_something(param)"], F, module=["def do_something(value):", '    return "safe!"'])
prop("helper_strip", ["bar = do_something(param)"], T, module=["def do_something(value):", "    cleaned = value.strip()", "    return cleaned"])
prop("helper_int", ["bar = do_something(param)"], F, module=["def do_something(value):", "    return str(int(value))"])
prop("helper_secondarg", ['bar = pick("fixed", param)'], F, module=["def pick(first, second):", "    return first"])
prop("method_ident", ["bar = Thing().do_something(param)"], T,
     module=["class Thing:", "    def do_something(self, value):", "        return value"])
prop("method_const", ["bar = Thing().do_something(param)"], F,
     module=["class Thing:", "    def do_something(self, value):", '        return "safe!"'])
prop("initstore_used", ["holder = Holder(param)", "bar = holder.value()"], T,
     module=["class Holder:", "    def __init__(self, value):", "        self._value = value", "        self._default = \"safe\"",
             "", "    def value(self):", "        return self._value"])
prop("initstore_default", ["holder = Holder(param)", "bar = holder.default()"], F,
     module=["class Holder:", "    def __init__(self, value):", "        self._value = value", "        self._default = \"safe\"",
             "", "    def default(self):", "        return self._default"])
prop("attr_set", ["box = Box()", "box.value = param", 'box.other = "safe"', "bar = box.value"], T,
     module=["class Box:", "    pass"])
prop("attr_other", ["box = Box()", "box.value = param", 'box.other = "safe"', "bar = box.other"], F,
     module=["class Box:", "    pass"])

# --- reassignment and loops
prop("overwritten", ["bar = param", 'bar = "safe"'], F)
prop("assigned_last", ['bar = "safe"', "bar = param"], T)
prop("augmented", ['bar = ""', "bar += param"], T)
prop("augmented_const", ['bar = "x"', "tmp = param", 'bar += "y"'], F)
prop("forloop_chars", ['bar = ""', "for c in param:", "    bar += c"], T)
prop("forloop_alnum", ['bar = ""', "for c in param:", "    if c.isalnum():", "        bar += c"], F)
prop("while_false", ['bar = "safe"', "while 3 > 5:", "    bar = param"], F)
prop("while_once", ['bar = "safe"', "i = 0", "while i < 1:", "    bar = param", "    i += 1"], T)
prop("try_taint", ["try:", "    bar = param.strip()", "except AttributeError:", '    bar = "safe"'], T)
prop("try_finally_overwrite", ["try:", "    bar = param", "finally:", '    bar = "safe"'], F)

# --- sanitizers and validation
prop("int", ["bar = str(int(param))"], F)
prop("float", ["bar = str(float(param))"], F)
prop("len", ["bar = str(len(param))"], F)
prop("sha256", ['bar = hashlib.sha256(param.encode("utf-8")).hexdigest()'], F, imports=["import hashlib"])
prop("htmlescape", ["bar = html.escape(param)"], only(("html",), skip=("trust",)), imports=["import html"])
prop("shlexquote", ["bar = shlex.quote(param)"],
     lambda cls: {"cmd": False, "path": True, "url": True, "redirect": True}.get(cls), imports=["import shlex"])
prop("basename", ["bar = os.path.basename(param)"],
     lambda cls: {"path": False, "cmd": True, "sql": True, "html": True, "code": True, "ldap": True, "xpath": True, "nosql": True}.get(cls),
     imports=["import os"])
prop("allowlist_abort", ["bar = param", "if bar not in ALLOWED:", "    {REJECT}"], F, module=['ALLOWED = ("alpha", "beta", "gamma")'])
prop("allowlist_logonly", ["bar = param", "if bar not in ALLOWED:", '    log.warning("unexpected value")'], T,
     module=['ALLOWED = ("alpha", "beta", "gamma")'], imports=["import logging"])
prop("allowlist_block", ["bar = param"], F, module=['ALLOWED = ("alpha", "beta", "gamma")'], wrap="if bar in ALLOWED:")
prop("fullmatch_guard", ["bar = param", 'if not re.fullmatch(r"[a-z0-9]+", bar):', "    {REJECT}"],
     lambda cls: None if cls == "deser" else False, imports=["import re"])
prop("match_prefix_guard", ["bar = param", 'if not re.match(r"[a-z0-9]+", bar):', "    {REJECT}"],
     lambda cls: None if cls == "deser" else True, imports=["import re"])
prop("fullmatch_unused", ["bar = param", 'valid = re.fullmatch(r"[a-z0-9]+", bar)'], T, imports=["import re"])
prop("fullmatch_block", ["bar = param"], lambda cls: None if cls == "deser" else False, imports=["import re"],
     wrap='if re.fullmatch(r"[a-z0-9]+", bar):')


# --- second batch: harder propagation shapes
prop("closure_ident", ["def inner(v):", "    return v", "bar = inner(param)"], T)
prop("closure_const", ["def inner(v):", '    return "safe"', "bar = inner(param)"], F)
prop("helper_secondarg_used", ['bar = pick("fixed", param)'], T, module=["def pick(first, second):", "    return second"])
prop("helper_kwarg", ["bar = do_something(value=param)"], T, module=["def do_something(value=None):", "    return value"])
prop("helper_constfold", ["bar = choose(param)"], F,
     module=["def choose(value):", "    if len(\"abc\") > 5:", "        return value", '    return "safe"'])
prop("helper_validate_raise", ["bar = validate(param)"], F,
     module=["def validate(value):", "    if not value.isalnum():", '        raise ValueError("bad value")', "    return value"])
prop("setter_getter", ["store = Store()", "store.put(param)", "bar = store.take()"], T,
     module=["class Store:", "    def __init__(self):", '        self._item = "empty"', "",
             "    def put(self, item):", "        self._item = item", "", "    def take(self):", "        return self._item"])
prop("staticmethod_ident", ["bar = Util.passthrough(param)"], T,
     module=["class Util:", "    @staticmethod", "    def passthrough(value):", "        return value"])
prop("subclass_override_const", ["bar = Child().transform(param)"], F,
     module=["class Base:", "    def transform(self, value):", "        return value", "", "",
             "class Child(Base):", "    def transform(self, value):", '        return "safe"'])
prop("subclass_inherit", ["bar = Child().transform(param)"], T,
     module=["class Base:", "    def transform(self, value):", "        return value", "", "",
             "class Child(Base):", "    pass"])
prop("generator_next", ["bar = next(gen(param))"], T, module=["def gen(value):", "    yield value"])
prop("listslice_tail", ['values = [param, "safe", "moresafe"]', "bar = values[1:][0]"], F)
prop("listslice_head", ['values = [param, "safe", "moresafe"]', "bar = values[:1][0]"], T)
prop("listextend", ['values = ["safe"]', "values.extend([param])", "bar = values[-1]"], T)
prop("listreverse_idx0", ['values = [param, "safe"]', "values.reverse()", "bar = values[0]"], F)
prop("listreverse_idx1", ['values = [param, "safe"]', "values.reverse()", "bar = values[1]"], T)
prop("starunpack_rest", ['first, *rest = [param, "safe", "moresafe"]', "bar = rest[0]"], F)
prop("starunpack_first", ['first, *rest = [param, "safe", "moresafe"]', "bar = first"], T)
prop("dictupdate_keyB", ['m = {"keyA": "a_Value"}', 'm.update({"keyB": param})', 'bar = m["keyB"]'], T)
prop("dictupdate_keyA", ['m = {"keyA": "a_Value"}', 'm.update({"keyB": param})', 'bar = m["keyA"]'], F)
prop("nesteddict_inner", ['m = {"outer": {"inner": param, "other": "safe"}}', 'bar = m["outer"]["inner"]'], T)
prop("nesteddict_other", ['m = {"outer": {"inner": param, "other": "safe"}}', 'bar = m["outer"]["other"]'], F)
prop("dictctor_a", ['bar = dict(a=param, b="safe")["a"]'], T)
prop("dictctor_b", ['bar = dict(a=param, b="safe")["b"]'], F)
prop("format_named_unused", ['bar = "{a}".format(a="safe", b=param)'], F)
prop("format_named_used", ['bar = "{b}".format(a="safe", b=param)'], T)
prop("percent_dict_unused", ['bar = "%(a)s" % {"a": "safe", "b": param}'], F)
prop("percent_dict_used", ['bar = "%(b)s" % {"a": "safe", "b": param}'], T)
prop("or_taint", ['bar = param or "safe"'], T)
prop("or_const", ['bar = "safe" or param'], F)
prop("and_taint", ['bar = "x" and param'], T)
prop("and_const", ['bar = "" and param'], F)
prop("walrus", ["if (bar := param.strip()):", "    pass"], T)
prop("forlast_const", ['for v in [param, "safe"]:', "    bar = v"], F)
prop("forlast_taint", ['for v in ["safe", param]:', "    bar = v"], T)
prop("zip_pair", ['for _k, v in zip(["key"], [param]):', "    bar = v"], T)
prop("flagcompare_const", ['flag = "yes"', 'if flag == "no":', "    bar = param", "else:", '    bar = "safe"'], F)
prop("flagcompare_taint", ['flag = "yes"', 'if flag == "yes":', "    bar = param", "else:", '    bar = "safe"'], T)
prop("startswith_choice", ['bar = "yes" if param.startswith("a") else "no"'], F)
prop("module_cache", ['CACHE["last"] = param', 'bar = CACHE["last"]'], T, module=["CACHE = {}"])
prop("reversed_join", ['bar = "".join(reversed(param))'], T)
prop("partition", ['bar = param.partition("#")[0]'], T)
prop("encode_decode", ['bar = param.encode("utf-8").decode("utf-8")'], T)
prop("unquote", ["bar = urllib.parse.unquote(param)"], T, imports=["import urllib.parse"])
prop("str_wrap", ["bar = str(param)"], T)
prop("copy", ["bar = copy.copy(param)"], T, imports=["import copy"])
prop("json_roundtrip", ["bar = json.loads(json.dumps(param))"], T, imports=["import json"])
prop("json_dumps", ["bar = json.dumps(param)"],
     lambda cls: {"html": True, "cmd": True, "sql": True, "ldap": True, "code": False, "nosql": False}.get(cls), imports=["import json"])
prop("urlquote", ["bar = urllib.parse.quote(param)"],
     # quote() keeps letters, digits, "_.-~/": "../" and "//host" survive (path, redirect stay true); shell, HTML
     # and LDAP metacharacters are escaped. Unquoted SQL/XPath/JS contexts can still take identifiers: skipped.
     lambda cls: {"path": True, "redirect": True, "cmd": False, "html": False, "ldap": False, "url": False}.get(cls),
     imports=["import urllib.parse"])
prop("normpath", ["bar = os.path.normpath(param)"], lambda cls: {"path": True}.get(cls), imports=["import os"])
prop("isdigit_guard", ["bar = param", "if not bar.isdigit():", "    {REJECT}"], F)
prop("guard_other_var", ['bar = param', 'other = "alpha"', "if other not in ALLOWED:", "    {REJECT}"], T,
     module=['ALLOWED = ("alpha", "beta", "gamma")'])
prop("guard_and_len", ["bar = param", "if bar not in ALLOWED and len(bar) > 100:", "    {REJECT}"], T,
     module=['ALLOWED = ("alpha", "beta", "gamma")'])
prop("guard_inverted", ["bar = param", "if bar in ALLOWED:", "    {REJECT}"], T,
     module=['ALLOWED = ("alpha", "beta", "gamma")'])
prop("guard_then_reassign", ["bar = param", "if bar not in ALLOWED:", "    {REJECT}", 'bar = param + "-v2"'], T,
     module=['ALLOWED = ("alpha", "beta", "gamma")'])
prop("int_check_then_raw", ["try:", "    int(param)", "except ValueError:", "    {REJECT}", "bar = param"], F)
prop("const_ternary_false", ['bar = param if False else "safe"'], F)
prop("const_ternary_zero", ['bar = "safe" if 0 else param'], T)


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
def indent(lines, n):
    return [(" " * n + l) if l else "" for l in lines]


def render(sink_name, src_key, prop_d, truth, variant, safe_sink=False, override=None, label=None):
    rule, cls, build, safe_build, fws, nvar = SINKS[sink_name]
    src = SOURCES[src_key]
    fw = src["fw"]
    sk = safe_build(fw) if safe_sink else build(fw, variant)
    if override is not None:
        sk = override(fw)
    imports = set(sk.get("imports", [])) | set(prop_d["imports"])
    flask_names = {"Flask", "request"} | set(sk.get("flask", []))
    setup = list(sk.get("setup", []))
    ret_sink = sk.get("ret", False)

    # propagation body with {REJECT} expansion
    pbody = []
    for l in prop_d["body"]:
        if "{REJECT}" in l:
            ind = len(l) - len(l.lstrip())
            pbody += indent(REJECT[fw], ind)
            if fw == "flask":
                flask_names.add("abort")
            elif fw == "django":
                imports.add("from django.http import HttpResponseBadRequest")
            elif fw == "fastapi":
                imports.add("from fastapi import HTTPException")
        else:
            pbody.append(l)

    # sink body
    sbody = []
    for l in sk["body"]:
        if l.startswith("!"):
            l = l[1:]
            if truth and "# want:" not in l:
                l = l + "  # want: " + rule
        sbody.append(l)

    # normal return
    if fw == "flask":
        flask_names.add("jsonify")
        normal_ret = ["return jsonify(result=result)"]
        fallback = ['return jsonify(result=None)']
    elif fw == "django":
        imports.add("from django.http import JsonResponse")
        normal_ret = ['return JsonResponse({"result": result})']
        fallback = ['return JsonResponse({"result": None})']
    elif fw == "fastapi":
        normal_ret = ['return {"result": result}']
        fallback = ['return {"result": None}']
    else:
        normal_ret = ["self.send_response(200)", 'self.send_header("Content-Type", "application/json")',
                      "self.end_headers()", 'self.wfile.write(json.dumps({"result": result}).encode("utf-8"))']
        fallback = None
        imports.add("import json")

    tail = []
    if prop_d["wrap"]:
        if not ret_sink:
            tail.append("result = None")
        tail.append(prop_d["wrap"])
        tail += indent(sbody, 4)
        if ret_sink:
            tail += fallback
        else:
            tail += normal_ret
    else:
        tail += sbody
        if not ret_sink:
            tail += normal_ret

    if "log.warning" in "\n".join(prop_d["body"]):
        setup = setup + ["log = logging.getLogger(__name__)"]

    view_body = list(src["lines"]) + pbody + tail
    func = "handle_" + sink_name

    out = []
    out.append("# generated case: rule=%s source=%s propagation=%s sink=%s expected=%s" % (
        rule, src_key, prop_d["key"], label or ("safe-api" if safe_sink else "v%d" % variant), "true" if truth else "false"))
    # imports
    if fw == "flask":
        imports.add("from flask import " + ", ".join(sorted(flask_names, key=lambda s: (s != "Flask", s.lower()))))
    elif fw == "fastapi":
        imports.add("from fastapi import FastAPI")
    elif fw == "httpserver":
        imports.add("from http.server import BaseHTTPRequestHandler, HTTPServer")
        imports.add("from urllib.parse import parse_qs, urlparse")
    out += import_lines(imports)
    if fw == "flask":
        out.append("app = Flask(__name__)")
    elif fw == "fastapi":
        out.append("app = FastAPI()")
    out += setup
    out.append("")
    if prop_d["module"]:
        out.append("")
        out += prop_d["module"]
        out.append("")
    out.append("")
    if fw == "flask":
        methods = ', methods=["POST"]' if src.get("post") else ""
        route = "/%s/<p>" % sink_name if src.get("route_param") else "/" + sink_name
        out.append('@app.route("%s"%s)' % (route, methods))
        out.append("def %s(%s):" % (func, "p" if src.get("route_param") else ""))
        out += indent(view_body, 4)
    elif fw == "django":
        out.append("def %s(request):" % func)
        out += indent(view_body, 4)
    elif fw == "fastapi":
        if src.get("route_param"):
            out.append('@app.get("/%s/{p}")' % sink_name)
            out.append("def %s(p: str):" % func)
        else:
            out.append('@app.get("/%s")' % sink_name)
            if src.get("int_param"):
                out.append("def %s(p: int = 0):" % func)
            else:
                out.append('def %s(p: str = ""):' % func)
        out += indent(view_body, 4)
    else:
        out.append("class Handler(BaseHTTPRequestHandler):")
        out.append("    def do_GET(self):")
        out += indent(view_body, 8)
        out.append("")
        out.append("")
        out.append('if __name__ == "__main__":')
        out.append('    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()')
    # collapse >2 blank lines
    text = "\n".join(out) + "\n"
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text


# --------------------------------------------------------------------------
# Safe sources (typed / converted at the source) and extra sink shapes.
# --------------------------------------------------------------------------
SAFE_SOURCES = {
    "argstypeint": dict(fw="flask", lines=['param = str(request.args.get("p", default=0, type=int))']),
    "djgetint": dict(fw="django", lines=['param = str(int(request.GET.get("p", "0")))']),
    "faqueryint": dict(fw="fastapi", lines=["param = str(p)"], int_param=True),
}
SOURCES.update(SAFE_SOURCES)

EXTRA = []  # (sink, label, frameworks, builder(fw), truth)


def extra(sink, label, fws, body, truth, **kw):
    def b(fw, body=body, kw=kw):
        d = dict(kw)
        d["body"] = body(fw) if callable(body) else list(body)
        return d
    EXTRA.append((sink, label, fws, b, truth))


FL = ["flask"]
extra("xss", "tuple_return", FL, ['!return "<p>" + bar + "</p>", 200'], True, ret=True)
extra("xss", "tuple_textplain", FL, ['return "Echo: " + bar, 200, {"Content-Type": "text/plain"}'], False, ret=True)
extra("xss", "response_textplain", FL, ['return Response("Echo: " + bar, mimetype="text/plain")'], False, ret=True, flask=["Response"])
extra("xss", "response_html", FL, ['!return Response("<b>" + bar + "</b>")'], True, ret=True, flask=["Response"])
extra("xss", "jsonify", FL, ["return jsonify(echo=bar)"], False, ret=True)
extra("xss", "markup", FL, ['!return render_template("page.html", body=Markup("<b>" + bar + "</b>"))'], True, ret=True,
      flask=["render_template"], imports=["from markupsafe import Markup"])
extra("xss", "dj_textplain", ["django"], ['return HttpResponse("Echo: " + bar, content_type="text/plain")'], False, ret=True,
      imports=["from django.http import HttpResponse"])
extra("xss", "dj_mark_safe", ["django"], ['!return render(request, "page.html", {"body": mark_safe("<b>" + bar + "</b>")})'], True, ret=True,
      imports=["from django.shortcuts import render", "from django.utils.safestring import mark_safe"])
extra("redirect", "path_prefix", FL, ['return redirect("/profile/" + bar)'], False, ret=True, flask=["redirect"])
extra("redirect", "host_prefix_slash", FL, ['return redirect("https://www.example.com/" + bar)'], False, ret=True, flask=["redirect"])
extra("redirect", "host_prefix_noslash", FL, ['!return redirect("https://www.example.com" + bar)'], True, ret=True, flask=["redirect"])
extra("ssrf", "host_prefix_slash", ALL_FW, ['resp = requests.get("https://api.example.com/" + bar, proxies=PROXIES, timeout=5)',
                                            "result = resp.status_code"], False, imports=["import requests"], setup=PROXY_SETUP)
extra("ssrf", "host_prefix_noslash", ALL_FW, ['!resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)',
                                              "result = resp.status_code"], True, imports=["import requests"], setup=PROXY_SETUP)
# urlopen cannot take proxies=, so the call is also (correctly) PY-HTTP-NO-PROXY
extra("ssrf", "urlopen", ALL_FW, ["!with urllib.request.urlopen(bar, timeout=5) as fh:  # want: PY-SSRF PY-HTTP-NO-PROXY", "    result = fh.status"], None,
      imports=["import urllib.request"])
extra("cmdi", "list_sh_c", ALL_FW, ['!proc = subprocess.run(["sh", "-c", "ls " + bar], capture_output=True)', "result = proc.returncode"], True,
      imports=["import subprocess"])
extra("cmdi", "popen_shell", ALL_FW, ['!proc = subprocess.Popen("grep -r " + bar + " /srv/logs", shell=True)', "result = proc.wait()"], True,
      imports=["import subprocess"])
extra("cmdi", "split_program", ALL_FW, ["!proc = subprocess.run(bar.split(), capture_output=True)", "result = proc.returncode"], True,
      imports=["import subprocess"])
extra("cmdi", "list_arg_only", ALL_FW, ['proc = subprocess.run(["grep", "-r", "--", bar, "/srv/logs"], capture_output=True)', "result = proc.returncode"], False,
      imports=["import subprocess"])
extra("sqli", "percent_quoted", ALL_FW, ['conn = sqlite3.connect("app.db")', "!result = conn.execute(\"SELECT id FROM users WHERE name = '%s'\" % bar).fetchall()"], True,
      imports=["import sqlite3"])
extra("sqli", "named_param", ALL_FW, ['conn = sqlite3.connect("app.db")', 'result = conn.execute("SELECT id FROM users WHERE name = :name", {"name": bar}).fetchall()'], False,
      imports=["import sqlite3"])
extra("sqli", "executescript", ALL_FW, ['conn = sqlite3.connect("app.db")', "!conn.executescript(\"UPDATE users SET seen = 1 WHERE name = '\" + bar + \"';\")", "result = True"], True,
      imports=["import sqlite3"])
extra("sqli", "sqlalchemy_text", ALL_FW, ['engine = create_engine("sqlite:///app.db")', "with engine.connect() as conn:",
                                          '!    result = [tuple(r) for r in conn.execute(text("SELECT id FROM users WHERE id = " + bar))]'], True,
      imports=["from sqlalchemy import create_engine, text"])
extra("sqli", "sqlalchemy_bind", ALL_FW, ['engine = create_engine("sqlite:///app.db")', "with engine.connect() as conn:",
                                          '    result = [tuple(r) for r in conn.execute(text("SELECT id FROM users WHERE id = :uid"), {"uid": bar})]'], False,
      imports=["from sqlalchemy import create_engine, text"])
extra("codeinj", "compile_exec", ALL_FW, ['!exec(compile(bar, "<user>", "exec"), {})', "result = True"], True)
extra("codeinj", "eval_const_expr", ALL_FW, ['result = eval("1 + 2") if bar else 0'], False)
extra("deser", "yaml_safeloader", ALL_FW, ["obj = yaml.load(bar, Loader=yaml.SafeLoader)", "result = type(obj).__name__"], False, imports=["import yaml"])
extra("deser", "yaml_safe_load", ALL_FW, ["obj = yaml.safe_load(bar)", "result = type(obj).__name__"], False, imports=["import yaml"])
extra("deser", "marshal", ALL_FW, ["!obj = marshal.loads(bytes.fromhex(bar))", "result = type(obj).__name__"], True, imports=["import marshal"])
extra("ldap", "ldap3_search", ALL_FW, ['conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)',
                                       '!conn.search("ou=people,dc=example,dc=com", "(cn=" + bar + ")")', "result = len(conn.entries)"], True,
      imports=["from ldap3 import Connection, Server"])
extra("ldap", "ldap3_escaped", ALL_FW, ['conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)',
                                        'conn.search("ou=people,dc=example,dc=com", "(cn=" + escape_filter_chars(bar) + ")")', "result = len(conn.entries)"], False,
      imports=["from ldap3 import Connection, Server", "from ldap3.utils.conv import escape_filter_chars"])
extra("xpath", "compiled_xpath", ALL_FW, ['!finder = etree.XPath("//user[@id=" + bar + "]/name/text()")', "result = len(finder(USERS_XML))"], True,
      imports=["from lxml import etree"], setup=XML_SETUP)
extra("xpath", "python_filter", ALL_FW, ['nodes = USERS_XML.xpath("//user")', 'result = len([n for n in nodes if n.get("id") == bar])'], False,
      imports=["from lxml import etree"], setup=XML_SETUP)
extra("nosqli", "find_one_json_body", ALL_FW, ["!doc = db.users.find_one(json.loads(bar))", "result = doc is not None"], True,
      imports=["import json", "from pymongo import MongoClient"], setup=MONGO_SETUP)
extra("nosqli", "where_fstring", ALL_FW, ["!n = db.users.count_documents({\"$where\": f\"this.name == '{bar}'\"})", "result = n"], True,
      imports=["from pymongo import MongoClient"], setup=MONGO_SETUP)
extra("pathtraver", "send_file", FL, ['!return send_file(os.path.join(BASE_DIR, bar))'], True, ret=True, flask=["send_file"],
      imports=["import os"], setup=['BASE_DIR = "/srv/app/files"'])
extra("pathtraver", "send_from_directory", FL, ['return send_from_directory(BASE_DIR, bar)'], False, ret=True, flask=["send_from_directory"],
      setup=['BASE_DIR = "/srv/app/files"'])
extra("pathtraver", "pathlib_read", ALL_FW, ['!result = len((Path(BASE_DIR) / bar).read_text())'], True,
      imports=["from pathlib import Path"], setup=['BASE_DIR = "/srv/app/files"'])
extra("pathtraver", "realpath_check", ALL_FW, ['full = os.path.realpath(os.path.join(BASE_DIR, bar))',
                                               "if full.startswith(BASE_DIR + os.sep):",
                                               "    with open(full) as fh:", "        result = len(fh.read())", "else:", "    result = None"], False,
      imports=["import os"], setup=['BASE_DIR = "/srv/app/files"'])
extra("trustbound", "nested_dict", FL, ['!session["profile"] = {"nickname": bar}', "result = True"], True,
      flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'], imports=["import os"])
extra("trustbound", "int_value", FL, ['session["page_size"] = int(bar)', "result = True"], False,
      flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'], imports=["import os"])
extra("trustbound", "dj_allowlisted", ["django"], ['request.session["lang"] = bar if bar in ("en", "de", "fr") else "en"', "result = True"], False)


def crypto_cases():
    C = {}
    C["weakhash/md5_signature_true.py"] = '''# generated case: weak hash MD5 used to sign a payload
import hashlib

SECRET = b"server-side-secret"


def sign(payload: bytes) -> str:
    return hashlib.md5(SECRET + payload).hexdigest()  # want: PY-WEAK-HASH
'''
    C["weakhash/sha1_integrity_true.py"] = '''# generated case: weak hash SHA-1 as integrity check of an uploaded archive
import hashlib


def checksum(path: str) -> str:
    h = hashlib.sha1()  # want: PY-WEAK-HASH
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()
'''
    C["weakhash/hashlib_new_md5_true.py"] = '''# generated case: weak hash through hashlib.new("md5")
import hashlib


def fingerprint(data: bytes) -> str:
    return hashlib.new("md5", data).hexdigest()  # want: PY-WEAK-HASH
'''
    C["weakhash/sha256_false.py"] = '''# generated case: SHA-256 is not a weak hash
import hashlib

SECRET = b"server-side-secret"


def sign(payload: bytes) -> str:
    return hashlib.sha256(SECRET + payload).hexdigest()
'''
    C["weakhash/md5_not_security_false.py"] = '''# generated case: MD5 explicitly marked as not used for security (cache key)
import hashlib


def cache_key(url: str) -> str:
    return hashlib.md5(url.encode("utf-8"), usedforsecurity=False).hexdigest()
'''
    C["weakrandom/random_token_true.py"] = '''# generated case: API token built from the random module
import random
import string


def new_api_token() -> str:
    alphabet = string.ascii_letters + string.digits
    api_token = "".join(random.choice(alphabet) for _ in range(40))  # want: PY-WEAK-RANDOM
    return api_token
'''
    C["weakrandom/randint_otp_true.py"] = '''# generated case: one-time password from random.randint
import random


def send_otp(user):
    otp = random.randint(100000, 999999)  # want: PY-WEAK-RANDOM
    user.send_sms("Your code: %d" % otp)
'''
    C["weakrandom/secrets_token_false.py"] = '''# generated case: token from the secrets module
import secrets


def new_api_token() -> str:
    api_token = secrets.token_hex(20)
    return api_token
'''
    C["weakrandom/random_shuffle_quiz_false.py"] = '''# generated case: random used for non-security purposes (quiz order)
import random


def quiz_order(questions):
    order = list(questions)
    random.shuffle(order)
    return order
'''
    C["weakcipher/aes_ecb_true.py"] = '''# generated case: AES in ECB mode
from Crypto.Cipher import AES


def encrypt_block(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(data)
'''
    C["weakcipher/des_true.py"] = '''# generated case: single DES
from Crypto.Cipher import DES


def encrypt_legacy(key: bytes, iv: bytes, data: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_CBC, iv)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(data)
'''
    C["weakcipher/aes_gcm_false.py"] = '''# generated case: AES-GCM with a random nonce
import os

from Crypto.Cipher import AES


def encrypt(key: bytes, data: bytes):
    nonce = os.urandom(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce, ct, tag
'''
    C["tlsverify/requests_verify_false_true.py"] = '''# generated case: TLS verification disabled on an outbound call (proxied)
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch_status():
    r = requests.get("https://status.partner.example/api", verify=False, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    return r.json()
'''
    C["tlsverify/requests_verify_true_false.py"] = '''# generated case: TLS verification kept on (proxied)
import requests

PROXIES = {"https": "http://egress.internal:3128"}


def fetch_status():
    r = requests.get("https://status.partner.example/api", verify=True, proxies=PROXIES, timeout=5)
    return r.json()
'''
    C["cookie/session_no_flags_true.py"] = '''# generated case: session cookie without Secure/HttpOnly/SameSite
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/login/finish", methods=["POST"])
def finish():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_id", secrets.token_urlsafe(32))  # want: PY-COOKIE-INSECURE
    return resp
'''
    C["cookie/session_all_flags_false.py"] = '''# generated case: session cookie with all flags
import secrets

from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/login/finish", methods=["POST"])
def finish():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Strict")
    return resp
'''
    C["pwhash/pbkdf2_low_true.py"] = '''# generated case: PBKDF2 with too few iterations for a password
import hashlib
import os


def hash_password(password: str):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 1000)  # want: PY-WEAK-PASSWORD-HASH
'''
    C["pwhash/pbkdf2_high_false.py"] = '''# generated case: PBKDF2 with 600k iterations
import hashlib
import os


def hash_password(password: str):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600000)
'''
    C["jwt/verify_signature_off_true.py"] = '''# generated case: JWT decoded without signature verification
import jwt


def user_from_token(token: str) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    return claims["sub"]
'''
    C["jwt/verified_false.py"] = '''# generated case: JWT verified with a fixed algorithm list
import os

import jwt


def user_from_token(token: str) -> str:
    claims = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return claims["sub"]
'''
    return C


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    counts = {}
    files = {}
    si = 0
    for sink_name, (rule, cls, build, safe_build, fws, nvar) in SINKS.items():
        srcs = [s for s in SOURCE_ORDER if SOURCES[s]["fw"] in fws]
        # 1) every propagation, rotating the source and sink variant
        for pi, p in enumerate(P):
            truth = p["truth"](cls)
            if truth is None:
                continue
            src = srcs[(pi + si) % len(srcs)]
            variant = (pi + si) % nvar
            name = "%s/%s_%s_v%d_%s.py" % (sink_name, src, p["key"], variant, "true" if truth else "false")
            files[name] = render(sink_name, src, p, truth, variant)
            counts.setdefault(rule, [0, 0])[0 if truth else 1] += 1
        # 2) every source with direct flow (true) and the safe API (false)
        direct = P[0]
        for k, src in enumerate(srcs):
            variant = k % nvar
            name = "%s/%s_direct_sinkv%d_true.py" % (sink_name, src, variant)
            files[name] = render(sink_name, src, direct, True, variant)
            counts[rule][0] += 1
            if k % 2 == 0:
                name = "%s/%s_direct_safeapi_false.py" % (sink_name, src)
                files[name] = render(sink_name, src, direct, False, 0, safe_sink=True)
                counts[rule][1] += 1
        si += 1

    # 3) safe (typed) sources with direct flow: false for every sink
    for sink_name, (rule, cls, build, safe_build, fws, nvar) in SINKS.items():
        for k, src in enumerate(SAFE_SOURCES):
            if SOURCES[src]["fw"] not in fws:
                continue
            name = "%s/%s_direct_v0_false.py" % (sink_name, src)
            files[name] = render(sink_name, src, P[0], False, 0)
            counts[rule][1] += 1
    # 4) extra sink shapes, each with two sources of different frameworks
    for i, (sink_name, label, fws, builder, truth) in enumerate(EXTRA):
        rule = SINKS[sink_name][0]
        truth = True if truth is None else truth
        fws = [f for f in fws if f in SINKS[sink_name][4]]
        srcs = [s for s in SOURCE_ORDER if SOURCES[s]["fw"] in fws]
        picks = [srcs[i % len(srcs)]]
        other = [s for s in srcs if SOURCES[s]["fw"] != SOURCES[picks[0]]["fw"]]
        picks.append(other[i % len(other)] if other else srcs[(i + 3) % len(srcs)])
        for src in picks:
            name = "%s/%s_direct_%s_%s.py" % (sink_name, src, label, "true" if truth else "false")
            files[name] = render(sink_name, src, P[0], truth, 0, override=builder, label=label)
            counts[rule][0 if truth else 1] += 1
    for name, text in crypto_cases().items():
        files[name] = text
        for l in text.splitlines():
            if "# want: " in l:
                r = l.split("# want: ")[1].strip()
                counts.setdefault(r, [0, 0])[0] += 1
        if name.endswith("_false.py"):
            r = {"weakhash": "PY-WEAK-HASH", "weakrandom": "PY-WEAK-RANDOM", "weakcipher": "PY-WEAK-CIPHER",
                 "tlsverify": "PY-TLS-VERIFY-OFF", "cookie": "PY-COOKIE-INSECURE", "pwhash": "PY-WEAK-PASSWORD-HASH",
                 "jwt": "PY-JWT-NO-VERIFY"}[name.split("/")[0]]
            counts.setdefault(r, [0, 0])[1] += 1
    for name, text in files.items():
        path = os.path.join(OUT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)
    print("%d files" % len(files))
    for r in sorted(counts):
        print("%-22s true %4d  false %4d" % (r, counts[r][0], counts[r][1]))


if __name__ == "__main__":
    main()
