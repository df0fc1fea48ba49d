#!/usr/bin/python3
"""Second generator of true/false fixture cases for the Python analyzer.

It covers dimensions gen_cases.py does not: async views (FastAPI async def,
aiohttp handlers), class-based views (Django View, Flask MethodView,
inheritance, super()), views wrapped in functools.wraps decorators, more
propagation shapes (joins, str.split/partition, format_map, string.Template,
getattr/setattr, itemgetter, defaultdict/OrderedDict, enumerate/zip/sorted,
walrus, match statements, globals, class attributes, closures, recursion,
dataclasses, properties, static/class methods, async helpers), sanitizers and
near-sanitizers, and multi-module projects (written under
testdata/interproc/gen2_<name>/).

A sink line that must be reported ends with "# want: RULE"; single-file cases
are named *_true.py / *_false.py. In the multi-module projects a sink line that
must NOT be reported carries "# safe: RULE" (only used for counting).

    /usr/bin/python3 internal/analyzer/python/gen_cases2.py

Output: testdata/generated2/ and testdata/interproc/gen2_*/ beside this
script (wiped and regenerated on every run).
"""
import glob
import os
import shutil

from gen_common import import_lines

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "testdata", "generated2")
INTERPROC = os.path.join(HERE, "testdata", "interproc")

PROXY_SETUP = ['PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}']
BASE_SETUP = ['BASE_DIR = "/srv/app/files"']

# --------------------------------------------------------------------------
# Sinks. fw is one of flask | django | fastapi | aiohttp. The line starting
# with "!" is the sink line; ret=True means the sink is the view's answer.
# --------------------------------------------------------------------------


def sink_sqli(fw, v):
    # Both variants put the value in an UNQUOTED (numeric) position, so that
    # quote doubling is no defence (see near-sanitizer cases).
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
        'result = conn.execute("SELECT name, email FROM users WHERE id = ?", (bar,)).fetchall()',
    ])


def sink_cmdi(fw, v):
    if v == 0:
        return dict(imports=["import os"], body=['!result = os.system("ping -c 1 " + bar)'])
    return dict(imports=["import subprocess"], body=[
        '!proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)',
        "result = proc.returncode",
    ])


def safe_cmdi(fw):
    return dict(imports=["import subprocess"], body=[
        'proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)',
        "result = proc.returncode",
    ])


def sink_path(fw, v):
    if v == 0:
        return dict(imports=["import os"], setup=BASE_SETUP, body=[
            "!with open(os.path.join(BASE_DIR, bar)) as fh:",
            "    result = len(fh.read())",
        ])
    return dict(setup=BASE_SETUP, body=[
        '!with open(BASE_DIR + "/" + bar, "rb") as fh:',
        "    result = len(fh.read())",
    ])


def safe_path(fw):
    return dict(imports=["import os"], setup=BASE_SETUP, body=[
        'with open(os.path.join(BASE_DIR, "index.txt")) as fh:',
        "    result = bar in fh.read()",
    ])


def sink_xss(fw, v):
    if fw == "flask":
        return dict(body=['!return "<p>Hello " + bar + "</p>"'], ret=True)
    if fw == "django":
        return dict(imports=["from django.http import HttpResponse"], body=['!return HttpResponse("<p>Hello " + bar + "</p>")'], ret=True)
    if fw == "fastapi":
        return dict(imports=["from fastapi.responses import HTMLResponse"], body=['!return HTMLResponse("<p>Hello " + bar + "</p>")'], ret=True)
    return dict(body=['!return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")'], ret=True)


def safe_xss(fw):
    if fw == "flask":
        return dict(flask=["render_template"], body=['return render_template("hello.html", name=bar)'], ret=True)
    if fw == "django":
        return dict(imports=["from django.shortcuts import render"], body=['return render(request, "hello.html", {"name": bar})'], ret=True)
    if fw == "fastapi":
        return dict(imports=["import html", "from fastapi.responses import HTMLResponse"],
                    body=['return HTMLResponse("<p>Hello " + html.escape(bar) + "</p>")'], ret=True)
    return dict(body=['return web.json_response({"hello": bar})'], ret=True)


def sink_redirect(fw, v):
    if fw == "flask":
        return dict(flask=["redirect"], body=["!return redirect(bar)"], ret=True)
    if fw == "django":
        return dict(imports=["from django.http import HttpResponseRedirect"], body=["!return HttpResponseRedirect(bar)"], ret=True)
    if fw == "fastapi":
        return dict(imports=["from fastapi.responses import RedirectResponse"], body=["!return RedirectResponse(bar)"], ret=True)
    return dict(body=["!raise web.HTTPFound(bar)"], ret=True)


def safe_redirect(fw):
    if fw == "flask":
        return dict(flask=["redirect", "url_for"], body=['return redirect(url_for("search", q=bar))'], ret=True)
    if fw == "django":
        return dict(imports=["from django.http import HttpResponseRedirect"], body=['return HttpResponseRedirect("/dashboard/")'], ret=True)
    if fw == "fastapi":
        return dict(imports=["from fastapi.responses import RedirectResponse"], body=['return RedirectResponse("/dashboard")'], ret=True)
    return dict(body=['raise web.HTTPFound("/dashboard")'], ret=True)


def sink_ssrf(fw, v):
    if v == 0:
        return dict(imports=["import requests"], setup=PROXY_SETUP, body=[
            "!resp = requests.get(bar, proxies=PROXIES, timeout=5)",
            "result = resp.status_code",
        ])
    return dict(imports=["import requests"], setup=PROXY_SETUP, body=[
        '!resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)',
        "result = resp.status_code",
    ])


def safe_ssrf(fw):
    return dict(imports=["import requests"], setup=PROXY_SETUP, body=[
        'resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)',
        "result = resp.status_code",
    ])


def sink_code(fw, v):
    if v == 0:
        return dict(body=["!result = str(eval(bar))"])
    return dict(body=['!result = str(eval(bar, {"__builtins__": {}}))'])


def safe_code(fw):
    return dict(imports=["import ast"], body=["result = str(ast.literal_eval(bar))"])


def sink_deser(fw, v):
    return dict(imports=["import base64", "import pickle"], body=[
        "!obj = pickle.loads(base64.b64decode(bar))",
        "result = type(obj).__name__",
    ])


def safe_deser(fw):
    return dict(imports=["import json"], body=[
        "obj = json.loads(bar)",
        "result = type(obj).__name__",
    ])


SINKS = {
    # name: (rule, class, builder, safe builder, variants)
    "sqli": ("PY-SQLI", "sql", sink_sqli, safe_sqli, 2),
    "cmdi": ("PY-CMDI", "cmd", sink_cmdi, safe_cmdi, 2),
    "path": ("PY-PATH-TRAVERSAL", "path", sink_path, safe_path, 2),
    "xss": ("PY-XSS", "html", sink_xss, safe_xss, 1),
    "ssrf": ("PY-SSRF", "url", sink_ssrf, safe_ssrf, 2),
    "redirect": ("PY-OPEN-REDIRECT", "redirect", sink_redirect, safe_redirect, 1),
    "code": ("PY-CODE-INJECTION", "code", sink_code, safe_code, 2),
    "deser": ("PY-DESERIALIZATION", "deser", sink_deser, safe_deser, 1),
}

# --------------------------------------------------------------------------
# View contexts (the new "shape" dimension). Each returns the module text
# around a view body. `body` already contains source + propagation + sink.
# --------------------------------------------------------------------------
REJECT = {
    "flask": ["abort(400)"],
    "django": ['return HttpResponseBadRequest("invalid")'],
    "fastapi": ['raise HTTPException(status_code=400, detail="invalid")'],
    "aiohttp": ["raise web.HTTPBadRequest()"],
}
REJECT_IMPORTS = {
    "flask": dict(flask=["abort"]),
    "django": dict(imports=["from django.http import HttpResponseBadRequest"]),
    "fastapi": dict(imports=["from fastapi import HTTPException"]),
    "aiohttp": {},
}
NORMAL_RET = {
    "flask": (["return jsonify(result=result)"], dict(flask=["jsonify"])),
    "django": (['return JsonResponse({"result": result})'], dict(imports=["from django.http import JsonResponse"])),
    "fastapi": (['return {"result": result}'], {}),
    "aiohttp": (['return web.json_response({"result": result})'], {}),
}
FALLBACK_RET = {
    "flask": ["return jsonify(result=None)"],
    "django": ['return JsonResponse({"result": None})'],
    "fastapi": ['return {"result": None}'],
    "aiohttp": ['return web.json_response({"result": None})'],
}

WRAPS_SYNC = [
    "def audited(view):",
    "    @functools.wraps(view)",
    "    def wrapper(*args, **kwargs):",
    '        log.info("calling %s", view.__name__)',
    "        return view(*args, **kwargs)",
    "    return wrapper",
]
WRAPS_ASYNC = [
    "def audited(view):",
    "    @functools.wraps(view)",
    "    async def wrapper(*args, **kwargs):",
    '        log.info("calling %s", view.__name__)',
    "        return await view(*args, **kwargs)",
    "    return wrapper",
]
LOG_SETUP = ["log = logging.getLogger(__name__)"]


def I(lines, n):
    return [(" " * n + l) if l else "" for l in lines]


# A context: fw, is_async, src lines, and wrap(name, body) -> dict(pre, view, post, imports, flask)
def ctx_fa_async(name, body):
    return dict(view=['@app.get("/%s")' % name, 'async def handle_%s(p: str = ""):' % name] + I(["param = p"] + body, 4))


def ctx_fa_async_req(name, body):
    return dict(imports=["from fastapi import Request"],
                view=['@app.get("/%s")' % name, "async def handle_%s(request: Request):" % name]
                + I(['param = request.query_params.get("p", "")'] + body, 4))


def ctx_fa_async_body(name, body):
    return dict(imports=["from fastapi import Request"],
                view=['@app.post("/%s")' % name, "async def handle_%s(request: Request):" % name]
                + I(["payload = await request.json()", 'param = payload["p"]'] + body, 4))


def ctx_fa_wraps(name, body):
    return dict(imports=["import functools", "import logging"], setup=LOG_SETUP, pre=WRAPS_ASYNC,
                view=['@app.get("/%s")' % name, "@audited", 'async def handle_%s(p: str = ""):' % name] + I(["param = p"] + body, 4))


def _aio(route, method, src, name, body):
    return dict(view=['@routes.%s("%s")' % (method, route), "async def handle_%s(request):" % name] + I(src + body, 4),
                post=["app = web.Application()", "app.add_routes(routes)"])


def ctx_aio_query(name, body):
    return _aio("/" + name, "get", ['param = request.query.get("p", "")'], name, body)


def ctx_aio_post(name, body):
    return _aio("/" + name, "post", ["form = await request.post()", 'param = form.get("p", "")'], name, body)


def ctx_aio_match(name, body):
    return _aio("/%s/{p}" % name, "get", ['param = request.match_info["p"]'], name, body)


def ctx_aio_text(name, body):
    return _aio("/" + name, "post", ["param = await request.text()"], name, body)


def ctx_aio_add_get(name, body):
    return dict(view=["async def handle_%s(request):" % name] + I(['param = request.query.get("p", "")'] + body, 4),
                post=["app = web.Application()", 'app.router.add_get("/%s", handle_%s)' % (name, name)])


def ctx_aio_classview(name, body):
    return dict(view=["class Handle%sView(web.View):" % name.title(), "    async def get(self):", "        request = self.request"]
                + I(['param = request.query.get("p", "")'] + body, 8),
                post=["app = web.Application()", 'app.router.add_view("/%s", Handle%sView)' % (name, name.title())])


def _dj_urls(cls, name):
    return ["urlpatterns = [", '    path("%s/", %s.as_view(), name="%s"),' % (name, cls, name), "]"]


def ctx_dj_cbv_get(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from django.urls import path", "from django.views import View"],
                view=["class %s(View):" % cls, "    def get(self, request):"] + I(['param = request.GET.get("p", "")'] + body, 8),
                post=_dj_urls(cls, name))


def ctx_dj_cbv_post(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from django.urls import path", "from django.views import View"],
                view=["class %s(View):" % cls, '    http_method_names = ["post"]', "", "    def post(self, request):"]
                + I(['param = request.POST["p"]'] + body, 8),
                post=_dj_urls(cls, name))


def ctx_dj_cbv_inherit(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from django.urls import path", "from django.views import View"],
                view=["class BaseLookupView(View):", "    def get(self, request):"] + I(['param = request.GET.get("p", "")'] + body, 8)
                + ["", "", "class %s(BaseLookupView):" % cls, '    template_name = "lookup.html"'],
                post=_dj_urls(cls, name))


def ctx_dj_cbv_selfhelper(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from django.urls import path", "from django.views import View"],
                view=["class %s(View):" % cls, "    def get(self, request):", '        return self.process(request, request.GET.get("p", ""))',
                      "", "    def process(self, request, param):"] + I(body, 8),
                post=_dj_urls(cls, name))


def ctx_dj_wraps(name, body):
    return dict(imports=["import functools", "import logging", "from django.urls import path"], setup=LOG_SETUP, pre=WRAPS_SYNC,
                view=["@audited", "def handle_%s(request):" % name] + I(['param = request.GET.get("p", "")'] + body, 4),
                post=["urlpatterns = [", '    path("%s/", handle_%s, name="%s"),' % (name, name, name), "]"])


def _fl_register(cls, name):
    return ['app.add_url_rule("/%s", view_func=%s.as_view("%s"))' % (name, cls, name)]


def ctx_fl_mv_get(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from flask.views import MethodView"],
                view=["class %s(MethodView):" % cls, "    def get(self):"] + I(['param = request.args.get("p", "")'] + body, 8),
                post=_fl_register(cls, name))


def ctx_fl_mv_post(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from flask.views import MethodView"],
                view=["class %s(MethodView):" % cls, "    def post(self):"] + I(['param = request.form["p"]'] + body, 8),
                post=_fl_register(cls, name))


def ctx_fl_mv_inherit(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from flask.views import MethodView"],
                view=["class BaseLookupView(MethodView):", "    def get(self):"] + I(['param = request.args.get("p", "")'] + body, 8)
                + ["", "", "class %s(BaseLookupView):" % cls, '    init_every_request = False'],
                post=_fl_register(cls, name))


def ctx_fl_mv_super(name, body):
    cls = "Handle%sView" % name.title()
    # A bare HTML string returned by the base method becomes the response
    # where the registered subclass returns it: the finding is reported there.
    marker = "  # want: PY-XSS"
    moved = ""
    kept = []
    for l in body:
        if marker in l and l.lstrip().startswith("return ") and "Markup(" not in l and "make_response(" not in l:
            l, moved = l.replace(marker, ""), marker
        kept.append(l)
    body = kept
    return dict(imports=["import logging"], setup=LOG_SETUP, flask=["request"],
                view=["class BaseLookupView(MethodView):", "    def get(self):"] + I(['param = request.args.get("p", "")'] + body, 8)
                + ["", "", "class %s(BaseLookupView):" % cls, "    def get(self):", '        log.info("lookup")', "        return super().get()" + moved],
                post=_fl_register(cls, name), extra_imports=["from flask.views import MethodView"])


def ctx_fl_view_routeparam(name, body):
    cls = "Handle%sView" % name.title()
    return dict(imports=["from flask.views import View"],
                view=["class %s(View):" % cls, "    def dispatch_request(self, p):"] + I(["param = p"] + body, 8),
                post=['app.add_url_rule("/%s/<p>", view_func=%s.as_view("%s"))' % (name, cls, name)])


def ctx_fl_wraps(name, body):
    return dict(imports=["import functools", "import logging"], setup=LOG_SETUP, pre=WRAPS_SYNC,
                view=['@app.route("/%s")' % name, "@audited", "def handle_%s():" % name] + I(['param = request.args.get("p", "")'] + body, 4))


CONTEXTS = {
    # name: (fw, async, builder)
    "faasync": ("fastapi", True, ctx_fa_async),
    "faasyncreq": ("fastapi", True, ctx_fa_async_req),
    "faasyncbody": ("fastapi", True, ctx_fa_async_body),
    "fawraps": ("fastapi", True, ctx_fa_wraps),
    "aioquery": ("aiohttp", True, ctx_aio_query),
    "aiopost": ("aiohttp", True, ctx_aio_post),
    "aiomatch": ("aiohttp", True, ctx_aio_match),
    "aiotext": ("aiohttp", True, ctx_aio_text),
    "djcbvget": ("django", False, ctx_dj_cbv_get),
    "djcbvpost": ("django", False, ctx_dj_cbv_post),
    "djwraps": ("django", False, ctx_dj_wraps),
    "flmvget": ("flask", False, ctx_fl_mv_get),
    "flmvpost": ("flask", False, ctx_fl_mv_post),
    "flwraps": ("flask", False, ctx_fl_wraps),
    # only in the context x sink matrix
    "aioaddget": ("aiohttp", True, ctx_aio_add_get),
    "aioclassview": ("aiohttp", True, ctx_aio_classview),
    "djcbvinherit": ("django", False, ctx_dj_cbv_inherit),
    "djcbvselfhelper": ("django", False, ctx_dj_cbv_selfhelper),
    "flmvinherit": ("flask", False, ctx_fl_mv_inherit),
    "flmvsuper": ("flask", False, ctx_fl_mv_super),
    "flviewrouteparam": ("flask", False, ctx_fl_view_routeparam),
}
ROTATE = ["faasync", "aioquery", "djcbvget", "flmvget", "flwraps", "faasyncreq", "aiopost", "djcbvpost",
          "flmvpost", "djwraps", "aiomatch", "fawraps", "faasyncbody", "aiotext"]
ASYNC_ROTATE = [c for c in ROTATE if CONTEXTS[c][1]]

# --------------------------------------------------------------------------
# Propagations: key, body lines (param -> bar), truth(cls) -> True/False/None
# --------------------------------------------------------------------------
T = lambda cls: True
F = lambda cls: False


def only(false_for, skip=()):
    def f(cls):
        if cls in skip:
            return None
        return cls not in false_for
    return f


def falsex(skip=()):
    return lambda cls: None if cls in skip else False


P = []

# Shapes the analyzer does not model yet. They stay written down here (and in
# docs/known-gaps.md) rather than in the suite, so the suite passes and the
# gaps are not forgotten:
#  - dict.items() over a dict literal: keys and values are not paired (FP);
#  - operator.itemgetter with a constant key is not resolved (FP).
KNOWN_GAPS = {"items_value_const"}


def prop(key, body, truth, module=(), imports=(), asyn=False, variant=None, wrap=None, group=""):
    if key in KNOWN_GAPS:
        return
    P.append(dict(key=key, body=list(body), truth=truth, module=list(module), imports=list(imports), asyn=asyn,
                  variant=variant, wrap=wrap, group=group))


# --- string building
g = "string"
prop("join_listcomp", ['bar = ",".join([x.strip() for x in param.split(",")])'], T, group=g)
prop("join_listcomp_int", ['bar = ",".join([str(int(x)) for x in param.split(",")])'], F, group=g)
prop("join_map_str", ['bar = "-".join(map(str, [param, 1]))'], T, group=g)
prop("join_map_len", ['bar = "-".join(map(str, [len(param), 1]))'], F, group=g)
prop("join_genexp", ['bar = "".join(c for c in param)'], T, group=g)
prop("split_ws_first", ["bar = param.split()[0]"], T, group=g)
prop("split_last", ['bar = param.split("|")[-1]'], T, group=g)
prop("rsplit_first", ['bar = param.rsplit("#", 1)[0]'], T, group=g)
prop("split_const_prefix", ['bar = ("safe," + param).split(",")[0]'], F, group=g)
prop("partition_head", ['bar = param.partition("?")[0]'], T, group=g)
prop("partition_tail", ['bar = param.partition("=")[2]'], T, group=g)
prop("partition_const_head", ['bar = ("safe=" + param).partition("=")[0]'], F, group=g)
prop("format_map_used", ['bar = "{v}".format_map({"v": param})'], T, group=g)
prop("format_map_unused", ['bar = "{v}".format_map({"v": "safe", "w": param})'], F, group=g)
prop("template_used", ['bar = string.Template("$v").substitute(v=param)'], T, imports=["import string"], group=g)
prop("template_unused", ['bar = string.Template("$v").substitute(v="safe", w=param)'], F, imports=["import string"], group=g)
prop("template_mapping", ['bar = string.Template("${v}").safe_substitute({"v": param})'], T, imports=["import string"], group=g)
prop("textwrap_dedent", ["bar = textwrap.dedent(param)"], T, imports=["import textwrap"], group=g)
prop("ljust", ["bar = param.ljust(10)"], T, group=g)
prop("zfill", ["bar = param.zfill(8)"], T, group=g)
prop("center_strip", ['bar = param.center(40).strip()'], T, group=g)
prop("bytes_roundtrip", ['bar = bytes(param, "utf-8").decode("utf-8")'], T, group=g)
prop("bytearray_roundtrip", ['bar = bytearray(param.encode()).decode()'], T, group=g)
prop("removeprefix_suffix", ["bar = param.removeprefix(\"x-\").removesuffix(\"-x\")"], T, group=g)
prop("fstring_nested", ['inner = f"{param}"', 'bar = f"{inner!s}"'], T, group=g)
prop("percent_tuple_second", ['bar = "%s%s" % ("", param)'], T, group=g)
# --- objects
g = "objects"
BOX = ["class Box:", "    pass"]
prop("getattr_field", ["box = Box()", "box.field = param", 'box.other = "safe"', 'bar = getattr(box, "field")'], T, module=BOX, group=g)
prop("getattr_other", ["box = Box()", "box.field = param", 'box.other = "safe"', 'bar = getattr(box, "other")'], F, module=BOX, group=g)
prop("getattr_default", ["box = Box()", 'bar = getattr(box, "missing", param)'], T, module=BOX, group=g)
prop("setattr_field", ["box = Box()", 'setattr(box, "field", param)', 'box.other = "safe"', "bar = box.field"], T, module=BOX, group=g)
prop("setattr_other", ["box = Box()", 'setattr(box, "field", param)', 'box.other = "safe"', "bar = box.other"], F, module=BOX, group=g)
prop("classattr_mutated", ["Config.value = param", "bar = Config.value"], T, module=["class Config:", '    value = "default"', '    other = "safe"'], group=g)
prop("classattr_other", ["Config.value = param", "bar = Config.other"], F, module=["class Config:", '    value = "default"', '    other = "safe"'], group=g)
DC = ["@dataclass", "class Query:", "    term: str", '    other: str = "safe"']
prop("dataclass_kw", ["q = Query(term=param)", "bar = q.term"], T, module=DC, imports=["from dataclasses import dataclass"], group=g)
prop("dataclass_pos", ["q = Query(param)", "bar = q.term"], T, module=DC, imports=["from dataclasses import dataclass"], group=g)
prop("dataclass_default", ["q = Query(term=param)", "bar = q.other"], F, module=DC, imports=["from dataclasses import dataclass"], group=g)
prop("dataclass_replace", ['q = Query(term="safe")', "q2 = dataclasses.replace(q, term=param)", "bar = q2.term"], T,
     module=DC, imports=["import dataclasses", "from dataclasses import dataclass"], group=g)
PROP_CLS = ["class Wrapper:", "    def __init__(self, raw):", "        self._raw = raw", "",
            "    @property", "    def raw(self):", "        return self._raw", "",
            "    @property", "    def label(self):", '        return "safe"']
prop("property_field", ["bar = Wrapper(param).raw"], T, module=PROP_CLS, group=g)
prop("property_const", ["bar = Wrapper(param).label"], F, module=PROP_CLS, group=g)
prop("property_setter", ["w = Wrapper(\"safe\")", "w.raw = param", "bar = w.raw"], T,
     module=["class Wrapper:", "    def __init__(self, raw):", "        self._raw = raw", "",
             "    @property", "    def raw(self):", "        return self._raw", "",
             "    @raw.setter", "    def raw(self, value):", "        self._raw = value"], group=g)
prop("staticmethod_int", ["bar = Util.clean(param)"], F, module=["class Util:", "    @staticmethod", "    def clean(value):", "        return str(int(value))"], group=g)
prop("classmethod_ident", ["bar = Util.passthrough(param)"], T,
     module=["class Util:", "    prefix = \"\"", "", "    @classmethod", "    def passthrough(cls, value):", "        return cls.prefix + value"], group=g)
prop("classmethod_const", ["bar = Util.passthrough(param)"], F,
     module=["class Util:", "    prefix = \"safe\"", "", "    @classmethod", "    def passthrough(cls, value):", "        return cls.prefix"], group=g)
prop("classmethod_factory", ["bar = Holder.of(param).value"], T,
     module=["class Holder:", "    def __init__(self, value):", "        self.value = value", "",
             "    @classmethod", "    def of(cls, value):", "        return cls(value)"], group=g)
SUPER_T = ["class Base:", "    def clean(self, value):", "        return value.strip()", "", "",
           "class Child(Base):", "    def clean(self, value):", "        return super().clean(value)"]
SUPER_F = ["class Base:", "    def clean(self, value):", "        return str(int(value))", "", "",
           "class Child(Base):", "    def clean(self, value):", "        return super().clean(value)"]
SUPER_F2 = ["class Base:", "    def clean(self, value):", "        return value", "", "",
            "class Child(Base):", "    def clean(self, value):", "        super().clean(value)", '        return "safe"']
prop("super_passthrough", ["bar = Child().clean(param)"], T, module=SUPER_T, group=g)
prop("super_int", ["bar = Child().clean(param)"], F, module=SUPER_F, group=g)
prop("super_ignored", ["bar = Child().clean(param)"], F, module=SUPER_F2, group=g)
prop("inherited_init", ["bar = Child(param).value"], T,
     module=["class Base:", "    def __init__(self, value):", "        self.value = value", "", "",
             "class Child(Base):", "    pass"], group=g)
prop("super_init", ["bar = Child(param).value"], T,
     module=["class Base:", "    def __init__(self, value):", "        self.value = value", "", "",
             "class Child(Base):", "    def __init__(self, value):", "        super().__init__(value)", '        self.kind = "child"'], group=g)
prop("super_init_kind", ["bar = Child(param).kind"], F,
     module=["class Base:", "    def __init__(self, value):", "        self.value = value", "", "",
             "class Child(Base):", "    def __init__(self, value):", "        super().__init__(value)", '        self.kind = "child"'], group=g)
# --- containers
g = "containers"
prop("itemgetter_used", ['bar = operator.itemgetter("p")({"p": param, "q": "safe"})'], T, imports=["import operator"], group=g)
prop("itemgetter_other", ['bar = operator.itemgetter("q")({"p": param, "q": "safe"})'], F, imports=["import operator"], group=g)
prop("defaultdict_used", ["d = collections.defaultdict(str)", 'd["p"] = param', 'bar = d["p"]'], T, imports=["import collections"], group=g)
prop("defaultdict_missing", ["d = collections.defaultdict(str)", 'd["p"] = param', 'bar = d["q"]'], F, imports=["import collections"], group=g)
prop("ordereddict_used", ['od = OrderedDict([("a", "safe"), ("b", param)])', 'bar = od["b"]'], T, imports=["from collections import OrderedDict"], group=g)
prop("ordereddict_other", ['od = OrderedDict([("a", "safe"), ("b", param)])', 'bar = od["a"]'], F, imports=["from collections import OrderedDict"], group=g)
prop("items_value", ['bar = ""', 'for _k, v in {"p": param}.items():', "    bar = v"], T, group=g)
prop("items_key_const", ['bar = ""', 'for k, _v in {"safe": param}.items():', "    bar = k"], F, group=g)
prop("items_value_const", ['bar = ""', 'for _k, v in {param: "safe"}.items():', "    bar = v"], F, group=g)
prop("items_key_tainted", ['bar = ""', 'for k, _v in {param: "safe"}.items():', "    bar = k"], T, group=g)
prop("values_loop", ['bar = ""', 'for v in {"p": param}.values():', "    bar = v"], T, group=g)
prop("listofdicts_used", ['rows = [{"n": "safe"}, {"n": param}]', 'bar = rows[1]["n"]'], T, group=g)
prop("listofdicts_other", ['rows = [{"n": "safe"}, {"n": param}]', 'bar = rows[0]["n"]'], F, group=g)
prop("dictoflists_used", ['m = {"a": ["safe"], "b": ["safe", param]}', 'bar = m["b"][1]'], T, group=g)
prop("dictoflists_other", ['m = {"a": ["safe"], "b": ["safe", param]}', 'bar = m["a"][0]'], F, group=g)
prop("enumerate_value", ['bar = ""', 'for _i, v in enumerate(["safe", param]):', "    bar = v"], T, group=g)
prop("enumerate_index", ['bar = ""', "for i, _v in enumerate([param]):", "    bar = str(i)"], F, group=g)
prop("zip_first", ['bar = ""', 'for a, _b in zip(["safe"], [param]):', "    bar = a"], F, group=g)
prop("zip_dict", ['bar = dict(zip(["k"], [param]))["k"]'], T, group=g)
prop("sorted_list", ['bar = sorted([param, "safe"])[0]'], T, group=g)
prop("sorted_lens", ["bar = str(sorted([len(param), 3])[0])"], F, group=g)
prop("reversed_list_taint", ['bar = list(reversed(["safe", param]))[0]'], T, group=g)
prop("reversed_list_const", ['bar = list(reversed(["safe", param]))[1]'], F, group=g)
prop("set_pop", ["bar = {param}.pop()"], T, group=g)
prop("tuple_index", ['t = ("safe", param)', "bar = t[1]"], T, group=g)
prop("tuple_index_const", ['t = ("safe", param)', "bar = t[0]"], F, group=g)
prop("deque_pop", ['dq = collections.deque(["safe"])', "dq.append(param)", "bar = dq.pop()"], T, imports=["import collections"], group=g)
prop("setdefault", ["m = {}", 'm.setdefault("k", param)', 'bar = m["k"]'], T, group=g)
prop("chainmap", ['bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]'], T, imports=["import collections"], group=g)
# --- control flow and scoping
g = "flow"
prop("walrus_expr", ["bar = (x := param)"], T, group=g)
prop("walrus_len", ['bar = "empty"', "if (n := len(param)) > 0:", "    bar = str(n)"], F, group=g)
prop("walrus_listcomp", ['bar = [y := param.strip()][0]'], T, group=g)
prop("match_literal_guard", ["match param:", '    case "alpha" | "beta":', "        bar = param", "    case _:", '        bar = "default"'], F, group=g)
prop("match_capture", ["match param:", "    case str(s):", "        bar = s", "    case _:", '        bar = "default"'], T, group=g)
prop("match_mapping", ['match {"k": param}:', '    case {"k": v}:', "        bar = v", "    case _:", '        bar = "default"'], T, group=g)
prop("match_const_branches", ["match param:", '    case "a":', '        bar = "first"', "    case _:", '        bar = "other"'], F, group=g)
prop("match_sequence", ['match param.split(",", 1):', "    case [head, *_]:", "        bar = head", "    case _:", '        bar = "default"'], T, group=g)
prop("global_set", ["global LAST", "LAST = param", "bar = LAST"], T, module=['LAST = ""'], group=g)
prop("global_overwritten", ["global LAST", "LAST = param", 'LAST = "safe"', "bar = LAST"], F, module=['LAST = ""'], group=g)
prop("global_via_helper", ["remember(param)", "bar = LAST"], T, module=['LAST = ""', "", "", "def remember(value):", "    global LAST", "    LAST = value"], group=g)
prop("global_via_helper_const", ["remember(param)", "bar = LAST"], F,
     module=['LAST = ""', "", "", "def remember(value):", "    global LAST", '    LAST = "safe"'], group=g)
prop("closure_lambda", ["get = lambda: param", "bar = get()"], T, group=g)
prop("closure_nested_def", ["def current():", "    return param", "bar = current()"], T, group=g)
prop("closure_factory", ["bar = make_getter(param)()"], T, module=["def make_getter(value):", "    def getter():", "        return value", "    return getter"], group=g)
prop("closure_factory_const", ["bar = make_getter(param)()"], F,
     module=["def make_getter(value):", "    def getter():", '        return "safe"', "    return getter"], group=g)
prop("closure_nonlocal", ['bar = "safe"', "def update():", "    nonlocal bar", "    bar = param", "update()"], T, group=g)
prop("recursion_ident", ["bar = unwrap(param, 3)"], T,
     module=["def unwrap(value, depth):", "    if depth <= 0:", "        return value", "    return unwrap(value, depth - 1)"], group=g)
prop("recursion_const", ["bar = unwrap(param, 3)"], F,
     module=["def unwrap(value, depth):", "    if depth <= 0:", '        return "safe"', "    return unwrap(value, depth - 1)"], group=g)
prop("mutual_recursion", ["bar = ping(param, 4)"], T,
     module=["def ping(value, n):", "    if n == 0:", "        return value", "    return pong(value, n - 1)", "", "",
             "def pong(value, n):", "    return ping(value, n)"], group=g)
prop("try_else", ["try:", "    n = len(param)", "except TypeError:", "    n = 0", "else:", "    n = param", "bar = str(n)"], T, group=g)
prop("with_ctx", ["with contextlib.nullcontext(param) as v:", "    bar = v"], T, imports=["import contextlib"], group=g)
prop("functools_partial", ['join2 = functools.partial(lambda a, b: a + b, "")', "bar = join2(param)"], T, imports=["import functools"], group=g)
prop("reduce_concat", ['bar = functools.reduce(lambda a, b: a + b, [param, ""], "")'], T, imports=["import functools"], group=g)
# --- async helpers (only in async views)
g = "async"
prop("await_ident", ["bar = await normalize(param)"], T, module=["async def normalize(value):", "    return value.strip()"], asyn=True, group=g)
prop("await_const", ["bar = await normalize(param)"], F, module=["async def normalize(value):", '    return "safe"'], asyn=True, group=g)
prop("await_int", ["bar = await normalize(param)"], F, module=["async def normalize(value):", "    return str(int(value))"], asyn=True, group=g)
prop("await_chain", ["bar = await outer(param)"], T,
     module=["async def inner(value):", "    return value", "", "", "async def outer(value):", "    return await inner(value)"], asyn=True, group=g)
prop("await_gather", ['parts = await asyncio.gather(normalize(param), normalize("safe"))', "bar = parts[0]"], T,
     module=["async def normalize(value):", "    return value.strip()"], imports=["import asyncio"], asyn=True, group=g)
prop("await_gather_other", ['parts = await asyncio.gather(normalize(param), normalize("safe"))', "bar = parts[1]"], F,
     module=["async def normalize(value):", "    return value.strip()"], imports=["import asyncio"], asyn=True, group=g)
prop("await_method", ["bar = await Loader().load(param)"], T,
     module=["class Loader:", "    async def load(self, key):", "        return key"], asyn=True, group=g)
prop("await_validate_raise", ["bar = await validate(param)"], falsex(skip=("deser",)),
     module=["async def validate(value):", '    if not re.fullmatch(r"[a-z0-9]{1,32}", value):', '        raise ValueError("invalid")', "    return value"],
     imports=["import re"], asyn=True, group=g)
prop("async_for_gen", ['bar = ""', "async for item in agen(param):", "    bar = item"], T,
     module=["async def agen(value):", "    yield value"], asyn=True, group=g)
prop("async_listcomp", ['bar = "".join([c async for c in chars(param)])'], T,
     module=["async def chars(value):", "    for c in value:", "        yield c"], asyn=True, group=g)
prop("to_thread", ["bar = await asyncio.to_thread(str.strip, param)"], T, imports=["import asyncio"], asyn=True, group=g)
# --- sanitizers and near-sanitizers
g = "sanitizers"
prop("bleach_clean", ["bar = bleach.clean(param)"], only(("html",)), imports=["import bleach"], group=g)
prop("markupsafe_escape", ["bar = str(markupsafe.escape(param))"], only(("html",)), imports=["import markupsafe"], group=g)
prop("escape_from_import", ["bar = escape(param)"], only(("html",)), imports=["from markupsafe import escape"], group=g)
prop("sql_quote_doubling", ["bar = param.replace(\"'\", \"''\")"], T, group=g)
prop("strip_semicolons", ['bar = re.sub(r"[;&|]", "", param)'], T, imports=["import re"], group=g)
prop("collapse_ws", ['bar = re.sub(r"\\s+", " ", param)'], T, imports=["import re"], group=g)
prop("resub_negclass", ['bar = re.sub(r"[^a-z0-9]", "", param)'], falsex(skip=("deser",)), imports=["import re"], group=g)
prop("resub_negclass_compiled", ['bar = NOT_ALNUM.sub("", param)'], falsex(skip=("deser",)), imports=["import re"],
     module=['NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")'], group=g)
ALLOWED_D = ['ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}']
ALLOWED_T = ['ALLOWED = ("alpha", "beta", "gamma")']
prop("dict_allow_get", ['bar = ALLOWED.get(param, "alpha")'], F, module=ALLOWED_D, group=g)
prop("dict_allow_get_default_param", ["bar = ALLOWED.get(\"zeta\", param)"], T, module=ALLOWED_D, group=g)
prop("ternary_allow", ['bar = param if param in ALLOWED else "alpha"'], F, module=ALLOWED_T, group=g)
prop("ternary_allow_inverted", ['bar = param if param not in ALLOWED else "alpha"'], T, module=ALLOWED_T, group=g)
prop("helper_int", ["bar = to_int_str(param)"], F, module=["def to_int_str(value):", "    try:", "        return str(int(value))", "    except ValueError:", '        return "0"'], group=g)
prop("helper_isinstance", ["bar = coerce(param)"], F,
     module=["def coerce(value):", "    if isinstance(value, int):", "        return str(value)", '    return "0"'], group=g)
prop("helper_isinstance_str", ["bar = coerce(param)"], T,
     module=["def coerce(value):", "    if isinstance(value, str):", "        return value", '    return "0"'], group=g)
VALID = ["def is_valid(value):", '    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None']
prop("validator_guard", ["if not is_valid(param):", "    {REJECT}", "bar = param"], falsex(skip=("deser",)), module=VALID, imports=["import re"], group=g)
prop("validator_block", ["bar = param"], falsex(skip=("deser",)), module=VALID, imports=["import re"], wrap="if is_valid(bar):", group=g)
prop("validator_ignored", ["is_valid(param)", "bar = param"], T, module=VALID, imports=["import re"], group=g)
prop("validator_weak", ["if not is_short(param):", "    {REJECT}", "bar = param"], T,
     module=["def is_short(value):", "    return len(value) < 64"], group=g)
prop("validator_wrong_var", ['other = "alpha"', "if not is_valid(other):", "    {REJECT}", "bar = param"], T, module=VALID, imports=["import re"], group=g)
prop("assert_isalnum", ["assert param.isalnum()", "bar = param"], falsex(skip=("deser",)), group=g)
prop("assert_len", ["assert len(param) < 100", "bar = param"], T, group=g)
prop("assert_allow", ["assert param in ALLOWED", "bar = param"], F, module=ALLOWED_T, group=g)
prop("isdigit_ternary", ['bar = param if param.isdigit() else "0"'], F, group=g)

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def assemble(fw, ctxd, imports, flask_names, setup, module, header):
    out = [header]
    imports = set(imports) | set(ctxd.get("imports", [])) | set(ctxd.get("extra_imports", []))
    flask_names = set(flask_names) | set(ctxd.get("flask", []))
    if fw == "flask":
        flask_names |= {"Flask", "request"}
        imports.add("from flask import " + ", ".join(sorted(flask_names)))
    elif fw == "fastapi":
        imports.add("from fastapi import FastAPI")
    elif fw == "aiohttp":
        imports.add("from aiohttp import web")
    out += import_lines(imports)
    if fw == "flask":
        out.append("app = Flask(__name__)")
    elif fw == "fastapi":
        out.append("app = FastAPI()")
    elif fw == "aiohttp" and any(l.startswith("@routes.") for l in ctxd["view"]):
        out.append("routes = web.RouteTableDef()")
    seen = []
    for l in list(setup) + list(ctxd.get("setup", [])):
        if l not in seen:
            seen.append(l)
    out += seen
    out.append("")
    for block in (module, ctxd.get("pre", [])):
        if block:
            out += ["", ""] + list(block) + [""]
    out += ["", ""] + ctxd["view"]
    if ctxd.get("post"):
        out += ["", ""] + ctxd["post"]
    text = "\n".join(out) + "\n"
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text


def render(sink_name, ctx_name, p, truth, variant, safe_sink=False, label=None):
    rule, cls, build, safe_build, nvar = SINKS[sink_name]
    fw, _asyn, ctx = CONTEXTS[ctx_name]
    sk = safe_build(fw) if safe_sink else build(fw, variant)
    imports = set(sk.get("imports", [])) | set(p["imports"])
    flask_names = set(sk.get("flask", []))
    setup = list(sk.get("setup", []))
    module = list(p["module"])
    ret_sink = sk.get("ret", False)

    pbody = []
    for l in p["body"]:
        if "{REJECT}" in l:
            ind = len(l) - len(l.lstrip())
            pbody += I(REJECT[fw], ind)
            ri = REJECT_IMPORTS[fw]
            imports |= set(ri.get("imports", []))
            flask_names |= set(ri.get("flask", []))
        else:
            pbody.append(l)
    sbody = []
    for l in sk["body"]:
        if l.startswith("!"):
            l = l[1:]
            if truth:
                l += "  # want: " + rule
        sbody.append(l)
    nret, nimp = NORMAL_RET[fw]
    imports |= set(nimp.get("imports", []))
    flask_names |= set(nimp.get("flask", []))

    tail = []
    if p["wrap"]:
        if not ret_sink:
            tail.append("result = None")
        tail.append(p["wrap"])
        tail += I(sbody, 4)
        tail += FALLBACK_RET[fw] if ret_sink else nret
    else:
        tail += sbody
        if not ret_sink:
            tail += nret
    body = pbody + tail
    name = sink_name
    ctxd = ctx(name, body)
    header = "# generated case (gen_cases2): rule=%s context=%s propagation=%s sink=%s expected=%s" % (
        rule, ctx_name, p["key"], label or ("safe-api" if safe_sink else "v%d" % variant), "true" if truth else "false")
    return assemble(fw, ctxd, imports, flask_names, setup, module, header)


DIRECT = dict(key="direct", body=["bar = param"], truth=T, module=[], imports=[], asyn=False, variant=None, wrap=None, group="direct")
INTCONV = dict(key="int", body=["bar = str(int(param))"], truth=F, module=[], imports=[], asyn=False, variant=None, wrap=None, group="direct")

# --------------------------------------------------------------------------
# Extra single-file shapes (framework-specific response semantics)
# --------------------------------------------------------------------------
EXTRA_FILES = {}


def extra_file(name, text):
    EXTRA_FILES[name] = text


extra_file("xss/aioquery_textplain_default_false.py", '''# generated case (gen_cases2): aiohttp web.Response(text=...) defaults to text/plain -> no XSS
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/echo")
async def echo(request):
    name = request.query.get("name", "")
    return web.Response(text="<p>Hello " + name + "</p>")


app = web.Application()
app.add_routes(routes)
''')
extra_file("xss/aioquery_body_html_true.py", '''# generated case (gen_cases2): aiohttp web.Response(body=..., content_type="text/html") with input -> XSS
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/echo")
async def echo(request):
    name = request.query.get("name", "")
    return web.Response(body=("<p>Hello " + name + "</p>").encode(), content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
''')
extra_file("xss/faasync_plain_return_false.py", '''# generated case (gen_cases2): FastAPI serializes a returned str as JSON -> no XSS
from fastapi import FastAPI

app = FastAPI()


@app.get("/echo")
async def echo(name: str = ""):
    return "<p>Hello " + name + "</p>"
''')
extra_file("xss/faasync_plaintext_response_false.py", '''# generated case (gen_cases2): FastAPI PlainTextResponse is text/plain -> no XSS
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo")
async def echo(name: str = ""):
    return PlainTextResponse("<p>Hello " + name + "</p>")
''')
extra_file("xss/flmvget_markup_escape_true.py", '''# generated case (gen_cases2): Markup() around raw input in a MethodView marks it safe -> XSS
from flask import Flask, request
from flask.views import MethodView
from markupsafe import Markup

app = Flask(__name__)


class GreetView(MethodView):
    def get(self):
        name = request.args.get("name", "")
        return Markup("<p>Hello " + name + "</p>")  # want: PY-XSS


app.add_url_rule("/greet", view_func=GreetView.as_view("greet"))
''')
extra_file("xss/flmvget_markup_format_false.py", '''# generated case (gen_cases2): Markup("...{}").format(x) escapes the argument -> no XSS
from flask import Flask, request
from flask.views import MethodView
from markupsafe import Markup

app = Flask(__name__)


class GreetView(MethodView):
    def get(self):
        name = request.args.get("name", "")
        return Markup("<p>Hello {}</p>").format(name)


app.add_url_rule("/greet", view_func=GreetView.as_view("greet"))
''')
extra_file("xss/djcbvget_format_html_false.py", '''# generated case (gen_cases2): format_html escapes its arguments in a class-based view -> no XSS
from django.http import HttpResponse
from django.urls import path
from django.utils.html import format_html
from django.views import View


class GreetView(View):
    def get(self, request):
        name = request.GET.get("name", "")
        return HttpResponse(format_html("<p>Hello {}</p>", name))


urlpatterns = [path("greet/", GreetView.as_view())]
''')
extra_file("redirect/aiopost_httpseeother_true.py", '''# generated case (gen_cases2): aiohttp HTTPFound with a form value -> open redirect
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request):
    form = await request.post()
    location = form.get("next", "/")
    raise web.HTTPFound(location=location)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
''')
extra_file("redirect/djcbvget_allowed_host_false.py", '''# generated case (gen_cases2): url_has_allowed_host_and_scheme check in a class-based view -> no open redirect
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class NextView(View):
    def get(self, request):
        target = request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "/"
        return HttpResponseRedirect(target)


urlpatterns = [path("next/", NextView.as_view())]
''')
extra_file("sqli/aiomatch_aiosqlite_true.py", '''# generated case (gen_cases2): aiosqlite awaited execute with a match_info value -> SQLi
import aiosqlite
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users/{uid}")
async def user(request):
    uid = request.match_info["uid"]
    async with aiosqlite.connect("app.db") as db:
        cursor = await db.execute("SELECT name FROM users WHERE id = " + uid)  # want: PY-SQLI
        rows = await cursor.fetchall()
    return web.json_response({"rows": [list(r) for r in rows]})


app = web.Application()
app.add_routes(routes)
''')
extra_file("sqli/aiomatch_aiosqlite_params_false.py", '''# generated case (gen_cases2): aiosqlite awaited execute with bound parameters -> no SQLi
import aiosqlite
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users/{uid}")
async def user(request):
    uid = request.match_info["uid"]
    async with aiosqlite.connect("app.db") as db:
        cursor = await db.execute("SELECT name FROM users WHERE id = ?", (uid,))
        rows = await cursor.fetchall()
    return web.json_response({"rows": [list(r) for r in rows]})


app = web.Application()
app.add_routes(routes)
''')
extra_file("cmdi/faasync_create_subprocess_shell_true.py", '''# generated case (gen_cases2): asyncio.create_subprocess_shell with a query value in an async FastAPI view -> CMDI
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
async def ping(host: str = "localhost"):
    proc = await asyncio.create_subprocess_shell("ping -c 1 " + host, stdout=asyncio.subprocess.PIPE)  # want: PY-CMDI
    out, _ = await proc.communicate()
    return {"out": out.decode()}
''')
extra_file("cmdi/faasync_create_subprocess_exec_false.py", '''# generated case (gen_cases2): asyncio.create_subprocess_exec with a fixed program -> no CMDI
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
async def ping(host: str = "localhost"):
    proc = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"out": out.decode()}
''')
extra_file("path/aiomatch_aiofiles_true.py", '''# generated case (gen_cases2): aiofiles.open with a match_info value -> path traversal
import aiofiles
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/files/{name}")
async def read_file(request):
    name = request.match_info["name"]
    async with aiofiles.open("/srv/files/" + name) as fh:  # want: PY-PATH-TRAVERSAL
        data = await fh.read()
    return web.json_response({"size": len(data)})


app = web.Application()
app.add_routes(routes)
''')
extra_file("path/aiomatch_aiofiles_basename_false.py", '''# generated case (gen_cases2): aiofiles.open with os.path.basename of the value -> no path traversal
import os

import aiofiles
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/files/{name}")
async def read_file(request):
    name = os.path.basename(request.match_info["name"])
    async with aiofiles.open("/srv/files/" + name) as fh:
        data = await fh.read()
    return web.json_response({"size": len(data)})


app = web.Application()
app.add_routes(routes)
''')
extra_file("ssrf/faasync_httpx_async_true.py", '''# generated case (gen_cases2): httpx.AsyncClient.get awaited with a query URL -> SSRF
import httpx
from fastapi import FastAPI

app = FastAPI()
PROXY = "http://egress.internal:3128"


@app.get("/preview")
async def preview(url: str = ""):
    async with httpx.AsyncClient(proxy=PROXY) as client:
        resp = await client.get(url)  # want: PY-SSRF
    return {"status": resp.status_code}
''')
extra_file("ssrf/faasync_httpx_async_fixed_false.py", '''# generated case (gen_cases2): httpx.AsyncClient.get with a fixed URL, input only as a parameter -> no SSRF
import httpx
from fastapi import FastAPI

app = FastAPI()
PROXY = "http://egress.internal:3128"


@app.get("/preview")
async def preview(q: str = ""):
    async with httpx.AsyncClient(proxy=PROXY) as client:
        resp = await client.get("https://api.example.com/search", params={"q": q})
    return {"status": resp.status_code}
''')
extra_file("deser/aiotext_pickle_raw_true.py", '''# generated case (gen_cases2): pickle.loads of the raw awaited body (bytes) -> deserialization
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/state")
async def restore(request):
    blob = await request.read()
    obj = pickle.loads(blob)  # want: PY-DESERIALIZATION
    return web.json_response({"type": type(obj).__name__})


app = web.Application()
app.add_routes(routes)
''')
extra_file("code/djcbvpost_eval_literal_false.py", '''# generated case (gen_cases2): ast.literal_eval in a class-based view -> no code injection
import ast

from django.http import JsonResponse
from django.urls import path
from django.views import View


class CalcView(View):
    def post(self, request):
        value = ast.literal_eval(request.POST.get("expr", "0"))
        return JsonResponse({"value": str(value)})


urlpatterns = [path("calc/", CalcView.as_view())]
''')

# --------------------------------------------------------------------------
# Multi-module projects (testdata/interproc/gen2_<name>/)
# --------------------------------------------------------------------------
PROJECTS = {}

PROJECTS["gen2_layered"] = {
    "__init__.py": "# gen2_layered: Flask blueprint -> service -> repository (relative imports)\n",
    "repository.py": '''# gen2_layered: repository with raw SQL; only methods reached with request data are findings
import sqlite3

DB_PATH = "/srv/app/app.db"


class Repo:
    def __init__(self, path=DB_PATH):
        self.conn = sqlite3.connect(path)

    def find_by_name(self, name):
        return self.conn.execute("SELECT id FROM users WHERE name = '" + name + "'").fetchall()  # want: PY-SQLI

    def find_by_id(self, uid):
        return self.conn.execute("SELECT name FROM users WHERE id = %d" % uid).fetchall()  # safe: PY-SQLI

    def sorted_users(self, column):
        return self.conn.execute(f"SELECT id, name FROM users ORDER BY {column}").fetchall()  # safe: PY-SQLI

    def by_email(self, email):
        return self.conn.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchall()  # safe: PY-SQLI
''',
    "services.py": '''# gen2_layered: service layer; sort columns go through an allow-list, ids through int()
from .repository import Repo

SORT_COLUMNS = {"name": "name", "newest": "created_at"}


class UserService:
    def __init__(self, repo=None):
        self.repo = repo or Repo()

    def search(self, term):
        return self.repo.find_by_name(term.strip())

    def get(self, raw_id):
        return self.repo.find_by_id(int(raw_id))

    def listing(self, sort):
        return self.repo.sorted_users(SORT_COLUMNS.get(sort, "name"))

    def lookup_email(self, email):
        return self.repo.by_email(email)
''',
    "views.py": '''# gen2_layered: views call the service with request data
from flask import Blueprint, jsonify, request

from .services import UserService

bp = Blueprint("users", __name__)
service = UserService()


@bp.route("/users/search")
def search():
    return jsonify(service.search(request.args.get("q", "")))


@bp.route("/users/<uid>")
def get_user(uid):
    return jsonify(service.get(uid))


@bp.route("/users")
def listing():
    return jsonify(service.listing(request.args.get("sort", "name")))


@bp.route("/users/by-email")
def by_email():
    return jsonify(service.lookup_email(request.args.get("email", "")))
''',
}

PROJECTS["gen2_factory"] = {
    "__init__.py": "# gen2_factory: a factory function returns the object whose methods hold the sinks\n",
    "runner.py": '''# gen2_factory: shell runner; run() is reached with request data, run_quoted() quotes it
import os
import shlex


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run(self, arg):
        return os.system(self.prefix + " " + arg)  # want: PY-CMDI

    def run_quoted(self, arg):
        return os.system(self.prefix + " " + shlex.quote(arg))  # safe: PY-CMDI

    def run_fixed(self, arg):
        return os.system(self.prefix + " --version")  # safe: PY-CMDI


def make_runner(tool="ping -c 1"):
    return Runner(tool)
''',
    "views.py": '''# gen2_factory: views obtain a Runner from the factory
from flask import Flask, jsonify, request

from .runner import make_runner

app = Flask(__name__)


@app.route("/ping")
def ping():
    return jsonify(code=make_runner().run(request.args.get("host", "")))


@app.route("/ping-quoted")
def ping_quoted():
    runner = make_runner("ping -c 1")
    return jsonify(code=runner.run_quoted(request.args.get("host", "")))


@app.route("/version")
def version():
    return jsonify(code=make_runner("nmap").run_fixed(request.args.get("host", "")))
''',
}

PROJECTS["gen2_singleton"] = {
    "__init__.py": "# gen2_singleton: a module-level store instance used by async views\n",
    "storage.py": '''# gen2_singleton: file store; read() joins the raw name, read_safe() uses basename
import os


class FileStore:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        with open(os.path.join(self.root, name)) as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()

    def read_safe(self, name):
        with open(os.path.join(self.root, os.path.basename(name))) as fh:  # safe: PY-PATH-TRAVERSAL
            return fh.read()


store = FileStore("/srv/files")
''',
    "main.py": '''# gen2_singleton: FastAPI async views use the singleton
from fastapi import FastAPI

from .storage import store

app = FastAPI()


@app.get("/files/{name}")
async def read_file(name: str):
    return {"data": store.read(name)}


@app.get("/safe-files/{name}")
async def read_safe(name: str):
    return {"data": store.read_safe(name)}
''',
}

PROJECTS["gen2_sanitizers"] = {
    "__init__.py": "# gen2_sanitizers: sanitizers in validators.py, sinks in views.py\n",
    "validators.py": '''# gen2_sanitizers: helpers that sanitize (allow-list, int, escape, basename) and one that does not
import os
import re

import markupsafe

HOSTS = {"api": "https://api.example.com", "status": "https://status.example.com"}


def pick_host(key):
    return HOSTS.get(key, "https://api.example.com")


def clean_id(raw):
    return str(int(raw))


def clean_html(raw):
    return markupsafe.escape(raw)


def clean_name(raw):
    return os.path.basename(raw)


def only_alnum(raw):
    if not re.fullmatch(r"[A-Za-z0-9]+", raw):
        raise ValueError("invalid")
    return raw


def trim(raw):
    return raw.strip()
''',
    "views.py": '''# gen2_sanitizers: each view uses a sanitizer from validators.py (false) or a plain trim (true)
import sqlite3

import requests
from flask import Flask, jsonify, request

from gen2_sanitizers.validators import clean_html, clean_id, clean_name, only_alnum, pick_host, trim

app = Flask(__name__)
PROXIES = {"https": "http://egress.internal:3128"}


@app.route("/proxy")
def proxy():
    resp = requests.get(pick_host(request.args.get("h", "")), proxies=PROXIES, timeout=5)  # safe: PY-SSRF
    return jsonify(status=resp.status_code)


@app.route("/proxy-raw")
def proxy_raw():
    resp = requests.get(trim(request.args.get("url", "")), proxies=PROXIES, timeout=5)  # want: PY-SSRF
    return jsonify(status=resp.status_code)


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT name FROM users WHERE id = " + clean_id(request.args.get("id", "0"))).fetchall())  # safe: PY-SQLI


@app.route("/user-raw")
def user_raw():
    conn = sqlite3.connect("app.db")
    return jsonify(conn.execute("SELECT name FROM users WHERE id = " + trim(request.args.get("id", "0"))).fetchall())  # want: PY-SQLI


@app.route("/hello")
def hello():
    return "<p>Hello " + clean_html(request.args.get("name", "")) + "</p>"  # safe: PY-XSS


@app.route("/hello-raw")
def hello_raw():
    return "<p>Hello " + trim(request.args.get("name", "")) + "</p>"  # want: PY-XSS


@app.route("/doc")
def doc():
    with open("/srv/docs/" + clean_name(request.args.get("f", ""))) as fh:  # safe: PY-PATH-TRAVERSAL
        return jsonify(size=len(fh.read()))


@app.route("/calc")
def calc():
    return jsonify(value=str(eval(only_alnum(request.args.get("expr", "0")))))  # safe: PY-CODE-INJECTION


@app.route("/calc-raw")
def calc_raw():
    return jsonify(value=str(eval(trim(request.args.get("expr", "0")))))  # want: PY-CODE-INJECTION
''',
}

PROJECTS["gen2_django_cbv"] = {
    "__init__.py": "# gen2_django_cbv: Django class-based views in views.py registered in urls.py; sinks in services.py\n",
    "services.py": '''# gen2_django_cbv: services reached from class-based views
import base64
import pickle
import subprocess


def restore(blob):
    return pickle.loads(base64.b64decode(blob))  # want: PY-DESERIALIZATION


def archive(name):
    return subprocess.run("tar czf /tmp/out.tgz /srv/data/" + name, shell=True).returncode  # want: PY-CMDI


def archive_id(num):
    return subprocess.run("tar czf /tmp/out.tgz /srv/data/%d" % num, shell=True).returncode  # safe: PY-CMDI
''',
    "mixins.py": '''# gen2_django_cbv: a base view whose get() is inherited by a registered subclass
from django.http import HttpResponse
from django.views import View


class GreetingBase(View):
    greeting = "Hello"

    def get(self, request):
        name = request.GET.get("name", "")
        return HttpResponse("<p>" + self.greeting + " " + name + "</p>")  # want: PY-XSS
''',
    "views.py": '''# gen2_django_cbv: class-based views
from django.http import HttpResponseRedirect, JsonResponse
from django.views import View

from . import services
from .mixins import GreetingBase


class RestoreView(View):
    def post(self, request):
        obj = services.restore(request.POST.get("state", ""))
        return JsonResponse({"type": type(obj).__name__})


class ArchiveView(View):
    def get(self, request, name):
        return JsonResponse({"rc": services.archive(name)})


class ArchiveIdView(View):
    def get(self, request, num):
        return JsonResponse({"rc": services.archive_id(int(num))})


class WelcomeView(GreetingBase):
    greeting = "Welcome"


class NextView(View):
    def get(self, request):
        return HttpResponseRedirect(request.GET.get("next", "/"))  # want: PY-OPEN-REDIRECT


class HomeView(View):
    def get(self, request):
        return HttpResponseRedirect("/home/")  # safe: PY-OPEN-REDIRECT
''',
    "urls.py": '''# gen2_django_cbv: URLconf
from django.urls import path

from .views import ArchiveIdView, ArchiveView, HomeView, NextView, RestoreView, WelcomeView

urlpatterns = [
    path("restore/", RestoreView.as_view()),
    path("archive/<str:name>/", ArchiveView.as_view()),
    path("archive-id/<int:num>/", ArchiveIdView.as_view()),
    path("welcome/", WelcomeView.as_view()),
    path("next/", NextView.as_view()),
    path("home/", HomeView.as_view()),
]
''',
}

PROJECTS["gen2_fastapi_async"] = {
    "__init__.py": "# gen2_fastapi_async: async routes await async services in another module\n",
    "db.py": '''# gen2_fastapi_async: async data access with sqlite3 inside coroutines
import sqlite3


class Database:
    def __init__(self, path):
        self.path = path

    async def fetch_user(self, name):
        conn = sqlite3.connect(self.path)
        return conn.execute("SELECT id FROM users WHERE name = '%s'" % name).fetchall()  # want: PY-SQLI

    async def fetch_count(self, limit):
        conn = sqlite3.connect(self.path)
        return conn.execute("SELECT id FROM users LIMIT %d" % limit).fetchall()  # safe: PY-SQLI


def get_db():
    return Database("/srv/app/app.db")
''',
    "services.py": '''# gen2_fastapi_async: async services; one converts to int
import requests

from .db import get_db

PROXIES = {"https": "http://egress.internal:3128"}


async def find_user(name):
    return await get_db().fetch_user(name)


async def list_users(raw_limit):
    return await get_db().fetch_count(int(raw_limit))


async def fetch_preview(url):
    return requests.get(url, proxies=PROXIES, timeout=5).status_code  # want: PY-SSRF


async def fetch_fixed(path):
    return requests.get("https://api.example.com/" + path, proxies=PROXIES, timeout=5).status_code  # safe: PY-SSRF
''',
    "main.py": '''# gen2_fastapi_async: the routes
from fastapi import FastAPI

from . import services

app = FastAPI()


@app.get("/users/{name}")
async def user(name: str):
    return {"rows": await services.find_user(name)}


@app.get("/users")
async def users(limit: str = "10"):
    return {"rows": await services.list_users(limit)}


@app.get("/preview")
async def preview(url: str = ""):
    return {"status": await services.fetch_preview(url)}


@app.get("/docs-page")
async def docs_page(path: str = ""):
    return {"status": await services.fetch_fixed(path)}
''',
}

PROJECTS["gen2_aiohttp"] = {
    "__init__.py": "# gen2_aiohttp: aiohttp handlers in handlers.py, helpers in helpers.py\n",
    "helpers.py": '''# gen2_aiohttp: helpers; render_page builds HTML, evaluate runs eval, load_state unpickles
import base64
import pickle

from aiohttp import web


def render_page(title):
    return web.Response(text="<h1>" + title + "</h1>", content_type="text/html")  # want: PY-XSS


def evaluate(expr):
    return eval(expr)  # want: PY-CODE-INJECTION


def evaluate_number(expr):
    return eval(expr)  # safe: PY-CODE-INJECTION


def load_state(blob):
    return pickle.loads(base64.b64decode(blob))  # want: PY-DESERIALIZATION
''',
    "handlers.py": '''# gen2_aiohttp: handlers registered with a RouteTableDef
from aiohttp import web

from .helpers import evaluate, evaluate_number, load_state, render_page

routes = web.RouteTableDef()


@routes.get("/page/{title}")
async def page(request):
    return render_page(request.match_info["title"])


@routes.post("/calc")
async def calc(request):
    form = await request.post()
    return web.json_response({"value": str(evaluate(form.get("expr", "0")))})


@routes.get("/calc-num")
async def calc_num(request):
    return web.json_response({"value": str(evaluate_number(str(int(request.query.get("n", "0")))))})


@routes.post("/state")
async def state(request):
    data = await request.json()
    return web.json_response({"type": type(load_state(data["blob"])).__name__})


app = web.Application()
app.add_routes(routes)
''',
}

PROJECTS["gen2_reexport"] = {
    "__init__.py": '''# gen2_reexport: the package re-exports the repository class and a module singleton
from .repository import Repository, repo
''',
    "repository.py": '''# gen2_reexport: repository with a raw query and a safe query
import sqlite3


class Repository:
    def __init__(self):
        self.conn = sqlite3.connect("/srv/app/app.db")

    def search(self, term):
        return self.conn.execute("SELECT id FROM items WHERE title LIKE '%" + term + "%'").fetchall()  # want: PY-SQLI

    def by_id(self, item_id):
        return self.conn.execute("SELECT title FROM items WHERE id = ?", (item_id,)).fetchall()  # safe: PY-SQLI


repo = Repository()
''',
    "views.py": '''# gen2_reexport: views import the re-exported names from the package
from flask import Flask, jsonify, request

from gen2_reexport import Repository, repo

app = Flask(__name__)


@app.route("/items/search")
def search():
    return jsonify(repo.search(request.args.get("q", "")))


@app.route("/items/<item_id>")
def item(item_id):
    return jsonify(Repository().by_id(item_id))
''',
}

PROJECTS["gen2_methodview"] = {
    "__init__.py": "# gen2_methodview: Flask MethodViews in views.py, registered in app.py, sinks in actions.py\n",
    "actions.py": '''# gen2_methodview: actions with sinks
import os

from flask import redirect

BASE = "/srv/uploads"


def remove(name):
    os.remove(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


def go(target):
    return redirect(target)  # want: PY-OPEN-REDIRECT


def go_home(_target):
    return redirect("/")  # safe: PY-OPEN-REDIRECT
''',
    "views.py": '''# gen2_methodview: MethodView classes using a shared base with a helper
from flask import jsonify, request
from flask.views import MethodView

from .actions import go, go_home, remove


class BaseView(MethodView):
    def arg(self, name):
        return request.args.get(name, "")


class FileView(BaseView):
    def delete(self):
        remove(self.arg("name"))
        return jsonify(ok=True)


class NextView(BaseView):
    def get(self):
        return go(self.arg("next"))


class HomeView(BaseView):
    def get(self):
        return go_home(self.arg("next"))
''',
    "app.py": '''# gen2_methodview: registration
from flask import Flask

from .views import FileView, HomeView, NextView

app = Flask(__name__)
app.add_url_rule("/files", view_func=FileView.as_view("files"))
app.add_url_rule("/next", view_func=NextView.as_view("next"))
app.add_url_rule("/home", view_func=HomeView.as_view("home"))
''',
}

PROJECTS["gen2_absolute"] = {
    "__init__.py": "# gen2_absolute: absolute module imports (import pkg.mod as alias) and module attribute calls\n",
    "commands.py": '''# gen2_absolute: command helpers
import subprocess


def run_report(name):
    return subprocess.check_output("report --name " + name, shell=True)  # want: PY-CMDI


def run_report_list(name):
    return subprocess.check_output(["report", "--name", name])  # safe: PY-CMDI
''',
    "views.py": '''# gen2_absolute: Django function views using `import gen2_absolute.commands as commands`
import gen2_absolute.commands as commands
from django.http import JsonResponse


def report(request):
    return JsonResponse({"out": commands.run_report(request.GET.get("name", "")).decode()})


def report_list(request):
    return JsonResponse({"out": commands.run_report_list(request.GET.get("name", "")).decode()})
''',
}

PROJECTS["gen2_decorated"] = {
    "__init__.py": "# gen2_decorated: views wrapped with a functools.wraps decorator defined in another module\n",
    "decorators.py": '''# gen2_decorated: an auditing decorator
import functools
import logging

log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("view %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper
''',
    "views.py": '''# gen2_decorated: decorated Flask views with sinks in the view body
import sqlite3

from flask import Flask, jsonify, request

from .decorators import audited

app = Flask(__name__)


@app.route("/orders")
@audited
def orders():
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM orders WHERE status = '" + request.args.get("s", "") + "'").fetchall()  # want: PY-SQLI
    return jsonify(rows)


@app.route("/orders/<int:oid>")
@audited
def order(oid):
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE id = {oid}").fetchall()  # safe: PY-SQLI
    return jsonify(rows)


@app.route("/greet")
@audited
def greet():
    return "<p>Hi " + request.args.get("name", "") + "</p>"  # want: PY-XSS
''',
}


# Isolating variants of the projects above (which part of the shape matters).
PROJECTS["gen2_factory_quoted_only"] = {
    "__init__.py": "# gen2_factory_quoted_only: factory-made runner, only the quoting method is reached with request data\n",
    "runner.py": """# gen2_factory_quoted_only: run_quoted() quotes its argument; prefix is a constant
import os
import shlex


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run_quoted(self, arg):
        return os.system(self.prefix + " " + shlex.quote(arg))  # safe: PY-CMDI


def make_runner(tool="ping -c 1"):
    return Runner(tool)
""",
    "views.py": """# gen2_factory_quoted_only: the view
from flask import Flask, jsonify, request

from .runner import make_runner

app = Flask(__name__)


@app.route("/ping-quoted")
def ping_quoted():
    return jsonify(code=make_runner().run_quoted(request.args.get("host", "")))
""",
}

PROJECTS["gen2_nofactory"] = {
    "__init__.py": "# gen2_nofactory: same runner built with the constructor; one raw and one quoting call site\n",
    "runner.py": """# gen2_nofactory: run() is reached with request data, run_quoted() quotes it
import os
import shlex


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run(self, arg):
        return os.system(self.prefix + " " + arg)  # want: PY-CMDI

    def run_quoted(self, arg):
        return os.system(self.prefix + " " + shlex.quote(arg))  # safe: PY-CMDI
""",
    "views.py": """# gen2_nofactory: the views
from flask import Flask, jsonify, request

from .runner import Runner

app = Flask(__name__)


@app.route("/ping")
def ping():
    return jsonify(code=Runner("ping -c 1").run(request.args.get("host", "")))


@app.route("/ping-quoted")
def ping_quoted():
    return jsonify(code=Runner("ping -c 1").run_quoted(request.args.get("host", "")))
""",
}

PROJECTS["gen2_singleton_flask"] = {
    "__init__.py": "# gen2_singleton_flask: a module-level store instance used by a sync Flask view\n",
    "storage.py": PROJECTS["gen2_singleton"]["storage.py"].replace("# gen2_singleton:", "# gen2_singleton_flask:"),
    "views.py": """# gen2_singleton_flask: Flask views use the singleton (relative import)
from flask import Flask, jsonify, request

from .storage import store

app = Flask(__name__)


@app.route("/files")
def read_file():
    return jsonify(data=store.read(request.args.get("name", "")))


@app.route("/safe-files")
def read_safe():
    return jsonify(data=store.read_safe(request.args.get("name", "")))
""",
}

PROJECTS["gen2_layered_plain"] = {
    "__init__.py": "# gen2_layered_plain: like gen2_layered but the service builds its repository with Repo() (no `repo or Repo()`)\n",
    "repository.py": """# gen2_layered_plain: repository
import sqlite3


class Repo:
    def __init__(self):
        self.conn = sqlite3.connect("/srv/app/app.db")

    def find_by_name(self, name):
        return self.conn.execute("SELECT id FROM users WHERE name = '" + name + "'").fetchall()  # want: PY-SQLI
""",
    "services.py": """# gen2_layered_plain: service
from .repository import Repo


class UserService:
    def __init__(self):
        self.repo = Repo()

    def search(self, term):
        return self.repo.find_by_name(term)
""",
    "views.py": """# gen2_layered_plain: view with a per-request service
from flask import Blueprint, jsonify, request

from .services import UserService

bp = Blueprint("users", __name__)


@bp.route("/users/search")
def search():
    return jsonify(UserService().search(request.args.get("q", "")))
""",
}

PROJECTS["gen2_layered_or"] = {
    "__init__.py": "# gen2_layered_or: per-request service whose repository comes from `repo or Repo()`\n",
    "repository.py": PROJECTS["gen2_layered_plain"]["repository.py"].replace("gen2_layered_plain", "gen2_layered_or"),
    "services.py": """# gen2_layered_or: service with an optional injected repository
from .repository import Repo


class UserService:
    def __init__(self, repo=None):
        self.repo = repo or Repo()

    def search(self, term):
        return self.repo.find_by_name(term)
""",
    "views.py": PROJECTS["gen2_layered_plain"]["views.py"].replace("gen2_layered_plain", "gen2_layered_or"),
}

PROJECTS["gen2_reexport_class"] = {
    "__init__.py": """# gen2_reexport_class: the package re-exports the repository class only
from .repository import Repository
""",
    "repository.py": PROJECTS["gen2_reexport"]["repository.py"].replace("gen2_reexport", "gen2_reexport_class").replace("\n\nrepo = Repository()\n", "\n"),
    "views.py": """# gen2_reexport_class: views construct the re-exported class
from flask import Flask, jsonify, request

from gen2_reexport_class import Repository

app = Flask(__name__)


@app.route("/items/search")
def search():
    return jsonify(Repository().search(request.args.get("q", "")))


@app.route("/items/<item_id>")
def item(item_id):
    return jsonify(Repository().by_id(item_id))
""",
}

extra_file("path/flask_singleton_samefile_true.py", """# generated case (gen_cases2): module-level singleton in the same file, method reached with a query value
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class FileStore:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        with open(os.path.join(self.root, name)) as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()


store = FileStore("/srv/files")


@app.route("/files")
def read_file():
    return jsonify(data=store.read(request.args.get("name", "")))
""")
extra_file("sqli/faasync_fstring_conversion_true.py", """# generated case (gen_cases2): f-string with a !r conversion still carries the value
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/users")
async def users(name: str = ""):
    conn = sqlite3.connect("app.db")
    return {"rows": conn.execute(f"SELECT id FROM users WHERE name = {name!r}").fetchall()}  # want: PY-SQLI
""")
extra_file("sqli/faasync_fstring_formatspec_true.py", """# generated case (gen_cases2): f-string with a format spec still carries the value
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/users")
async def users(name: str = ""):
    conn = sqlite3.connect("app.db")
    return {"rows": conn.execute(f"SELECT id FROM users WHERE name = {name:>20}").fetchall()}  # want: PY-SQLI
""")

extra_file('cmdi/flask_method_attrprefix_shlexquote_false.py', '# generated case (gen_cases2): method: constant self.prefix + shlex.quote(arg) -> no CMDI\nimport os\nimport shlex\n\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\nclass Runner:\n    def __init__(self, prefix):\n        self.prefix = prefix\n\n    def run_quoted(self, arg):\n        return os.system(self.prefix + " " + shlex.quote(arg))\n\n\n@app.route("/ping")\ndef ping():\n    return jsonify(code=Runner("ping -c 1").run_quoted(request.args.get("host", "")))\n')
extra_file('cmdi/flask_method_constprefix_shlexquote_false.py', '# generated case (gen_cases2): method: literal prefix + shlex.quote(arg) -> no CMDI\nimport os\nimport shlex\n\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\nclass Runner:\n    def run_quoted(self, arg):\n        return os.system("ping -c 1 " + shlex.quote(arg))\n\n\n@app.route("/ping")\ndef ping():\n    return jsonify(code=Runner().run_quoted(request.args.get("host", "")))\n')
extra_file('cmdi/flask_func_paramprefix_shlexquote_false.py', '# generated case (gen_cases2): function: constant prefix argument + shlex.quote(arg) -> no CMDI\nimport os\nimport shlex\n\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\ndef run_quoted(prefix, arg):\n    return os.system(prefix + " " + shlex.quote(arg))\n\n\n@app.route("/ping")\ndef ping():\n    return jsonify(code=run_quoted("ping -c 1", request.args.get("host", "")))\n')
extra_file('cmdi/flask_method_attrprefix_raw_true.py', '# generated case (gen_cases2): method: constant self.prefix + raw arg -> CMDI\nimport os\nimport shlex\n\nfrom flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\nclass Runner:\n    def __init__(self, prefix):\n        self.prefix = prefix\n\n    def run(self, arg):\n        return os.system(self.prefix + " " + arg)  # want: PY-CMDI\n\n\n@app.route("/ping")\ndef ping():\n    return jsonify(code=Runner("ping -c 1").run(request.args.get("host", "")))\n')


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for d in glob.glob(os.path.join(INTERPROC, "gen2_*")):
        shutil.rmtree(d)
    os.makedirs(OUT)
    counts = {}
    files = {}

    def add(name, text, rule, truth):
        assert name not in files, name
        files[name] = text
        counts.setdefault(rule, [0, 0])[0 if truth else 1] += 1

    # 1) every propagation x every sink, rotating the view context
    for si, sink_name in enumerate(SINKS):
        rule, cls, _b, _s, nvar = SINKS[sink_name]
        for pi, p in enumerate(P):
            truth = p["truth"](cls)
            if truth is None:
                continue
            pool = ASYNC_ROTATE if p["asyn"] else ROTATE
            ctx = pool[(pi + si) % len(pool)]
            variant = p["variant"] if p["variant"] is not None else (pi + si) % nvar
            name = "%s/%s_%s_v%d_%s.py" % (sink_name, ctx, p["key"], variant, "true" if truth else "false")
            add(name, render(sink_name, ctx, p, truth, variant), rule, truth)
    # 2) every context x every sink: direct flow (true), int() (false), safe API (false)
    for si, sink_name in enumerate(SINKS):
        rule, cls, _b, _s, nvar = SINKS[sink_name]
        for ci, ctx in enumerate(CONTEXTS):
            variant = (ci + si) % nvar
            add("%s/%s_direct_v%d_true.py" % (sink_name, ctx, variant), render(sink_name, ctx, DIRECT, True, variant), rule, True)
            add("%s/%s_int_v%d_false.py" % (sink_name, ctx, variant), render(sink_name, ctx, INTCONV, False, variant), rule, False)
            add("%s/%s_direct_safeapi_false.py" % (sink_name, ctx), render(sink_name, ctx, DIRECT, False, 0, safe_sink=True), rule, False)
    # 3) extra single files
    for name, text in EXTRA_FILES.items():
        truth = name.endswith("_true.py")
        rule = SINKS[name.split("/")[0]][0]
        add(name, text, rule, truth)
    for name, text in files.items():
        path = os.path.join(OUT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)
    # 4) multi-module projects
    nproj = 0
    for proj, mods in PROJECTS.items():
        for fname, text in mods.items():
            path = os.path.join(INTERPROC, proj, fname)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write(text)
            for l in text.splitlines():
                for tag, idx in (("# want: ", 0), ("# safe: ", 1)):
                    if tag in l:
                        for r in l.split(tag)[1].split():
                            counts.setdefault(r, [0, 0])[idx] += 1
        nproj += 1
    print("%d single files, %d projects" % (len(files), nproj))
    tt = tf = 0
    for r in sorted(counts):
        print("%-22s true %4d  false %4d" % (r, counts[r][0], counts[r][1]))
        tt += counts[r][0]
        tf += counts[r][1]
    print("%-22s true %4d  false %4d" % ("total", tt, tf))


if __name__ == "__main__":
    main()
