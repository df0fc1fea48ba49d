#!/usr/bin/env python3
"""Benchmark-style cases, eighth suite (gen8): 256 small Flask, Django and
FastAPI handlers over 16 categories, half vulnerable and half safe but
tricky, written to probe shapes the earlier suites did not (validation
guards over characters, matches compared with None, sanitizers weakened
afterwards, helper classes and closures ...).

    /usr/bin/python3 internal/analyzer/python/gen8/gen_cases8.py             # testdata/generated8
    GEN8_OUT=/tmp/g8 GEN8_ALL=1 /usr/bin/python3 internal/analyzer/python/gen8/gen_cases8.py
    secaudit code /tmp/g8 --analyzers python -f json -o R --exit-zero -q; python3 bench/score.py R /tmp/g8

The cases are in cases_a.txt, cases_b.txt and cases_c.txt (Python calls of
C(); "#W" marks the sink line of a true case). Cases the analyzer gets
wrong today are in PENDING and only written with GEN8_ALL=1. EXTRA lists,
per case, the lines that also have a finding of another rule (or a second
one of the same rule), which the fixture test expects.
"""
import os
import sys
import textwrap
RULES = dict(sqli="PY-SQLI", cmdi="PY-CMDI", codeinj="PY-CODE-INJECTION", pathtraver="PY-PATH-TRAVERSAL",
             xss="PY-XSS", redirect="PY-OPEN-REDIRECT", ssrf="PY-SSRF", deser="PY-DESERIALIZATION",
             xpath="PY-XPATH-INJECTION", ldap="PY-LDAP-INJECTION", nosqli="PY-NOSQLI", trustbound="PY-TRUST-BOUNDARY",
             weakhash="PY-WEAK-HASH", weakrandom="PY-WEAK-RANDOM", xxe="PY-XXE", ssti="PY-SSTI")
FW = {"f": "flask", "d": "django", "a": "fastapi"}
FLASK_SRC = ['request.args.get("q", "")', 'request.form.get("q", "")', 'request.cookies.get("q", "")',
             'request.headers.get("X-Q", "")', '(request.get_json(silent=True) or {}).get("q", "")']
DJ_SRC = ['request.GET.get("q", "")', 'request.POST.get("q", "")', 'request.COOKIES.get("q", "")',
          'request.META.get("HTTP_X_Q", "")']
FA_SIG = ['q: str = ""', 'q: str = Query("")', 'x_q: str = Header("")', 'q: str = Cookie("")']
FA_VAR = ["q", "q", "x_q", "q"]
CASES = []
def C(cat, name, exp, fw, body="", helpers="", imports="", asyncdef=False, raw=None):
    CASES.append(dict(cat=cat, name=name, exp=exp, fw=fw, body=body, helpers=helpers, imports=imports, asyncdef=asyncdef, raw=raw))

def macros(s, fw):
    rep = {
        "f": dict(OK="jsonify(result=str(%s))", REDIRECT="redirect(%s)", HTML="make_response(%s)", SESSION="session"),
        "d": dict(OK='JsonResponse({"result": str(%s)})', REDIRECT="HttpResponseRedirect(%s)", HTML="HttpResponse(%s)", SESSION="request.session"),
        "a": dict(OK='{"result": str(%s)}', REDIRECT="RedirectResponse(%s)", HTML="HTMLResponse(%s)", SESSION="request.session"),
    }[fw]
    import re
    s = s.replace("SESSION", rep["SESSION"])
    for m in ("OK", "REDIRECT", "HTML"):
        while True:
            i = s.find(m + "(")
            if i < 0 or (i > 0 and (s[i-1].isalnum() or s[i-1] == "_")):
                if i < 0: break
                # skip identifiers containing macro name
                j = s.find(m + "(", i + 1)
                if j < 0: break
                s = s[:i] + "\0" + s[i+1:]
                continue
            depth = 0; k = i + len(m)
            for k in range(i + len(m), len(s)):
                if s[k] == "(": depth += 1
                elif s[k] == ")":
                    depth -= 1
                    if depth == 0: break
            inner = s[i+len(m)+1:k]
            s = s[:i] + (rep[m] % inner) + s[k+1:]
        s = s.replace("\0", m[0])
    return s

def render(idx, c):
    cat, rule, fw = c["cat"], RULES[c["cat"]], c["fw"]
    exp = "true" if c["exp"] else "false"
    name = "%s_%s" % (cat, c["name"])
    header = "# generated case (gen8): category=%s rule=%s fw=%s shape=%s expected=%s" % (cat, rule, FW[fw], c["name"], exp)
    want = ("  # want: " + rule) if c["exp"] else ""
    if c["raw"]:
        txt = textwrap.dedent(c["raw"]).strip("\n")
        return name, header + "\n" + macros(txt, fw).replace("  #W", want) + "\n"
    body = textwrap.dedent(c["body"]).strip("\n")
    body = macros(body, fw).replace("  #W", want)
    helpers = macros(textwrap.dedent(c["helpers"]).strip("\n"), fw).replace("  #W", want)
    imports = textwrap.dedent(c["imports"]).strip("\n")
    out = [header]
    if imports: out.append(imports)
    fn = "case_%s" % c["name"]
    ad = "async def" if c["asyncdef"] else "def"
    if fw == "f":
        src = FLASK_SRC[idx % len(FLASK_SRC)]
        out.append("from flask import Flask, jsonify, make_response, redirect, request, session\n\napp = Flask(__name__)\napp.secret_key = \"dev-only\"\n")
        if helpers: out.append(helpers + "\n")
        out.append('\n@app.route("/%s", methods=["GET", "POST"])\n%s %s():\n    param = %s\n' % (name, ad, fn, src) + textwrap.indent(body, "    "))
    elif fw == "d":
        src = DJ_SRC[idx % len(DJ_SRC)]
        out.append("from django.http import HttpResponse, HttpResponseRedirect, JsonResponse\nfrom django.urls import path\n")
        if helpers: out.append(helpers + "\n")
        out.append('\n%s %s(request):\n    param = %s\n' % (ad, fn, src) + textwrap.indent(body, "    "))
        out.append('\n\nurlpatterns = [\n    path("%s/", %s),\n]' % (name, fn))
    else:
        k = idx % len(FA_SIG)
        out.append("from fastapi import Cookie, FastAPI, Header, Query, Request\nfrom fastapi.responses import HTMLResponse, RedirectResponse\n\napp = FastAPI()\n")
        if helpers: out.append(helpers + "\n")
        out.append('\n@app.api_route("/%s", methods=["GET", "POST"])\n%s %s(request: Request, %s):\n    param = %s\n' % (name, ad, fn, FA_SIG[k], FA_VAR[k]) + textwrap.indent(body, "    "))
    return name, "\n".join(out) + "\n"



PENDING = {
    'sqli/except_before_assign',
    'xxe/xmlsax_parsestring_default',
}

EXTRA = {
    'codeinj/compile_then_exec': [('code = compile(param, "<rule>", "exec")', 'PY-CODE-INJECTION')],
    'pathtraver/list_comprehension_names': [('total += os.path.getsize(os.path.join(BASE_DIR, n))', 'PY-PATH-TRAVERSAL')],
    'ssrf/endpoint_table_membership': [('resp = requests.get(url, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/host_concat_no_slash': [('resp = requests.get("https://api.example.com" + param, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/host_fstring_with_slash': [('resp = requests.get(f"https://api.example.com/v1/items/{param}", timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/host_in_fstring': [('resp = requests.get(f"http://{param}/health", timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/hostname_allowlist': [('resp = requests.get(param, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/httpx_async_client': [('resp = await client.get(param)', 'PY-HTTP-NO-PROXY')],
    'ssrf/ipaddress_private_check_then_host': [('resp = requests.get("https://status.example.com/check", params={"ip": str(ip)}, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/json_body_url': [('with urllib.request.urlopen(url, timeout=5) as r:', 'PY-HTTP-NO-PROXY')],
    'ssrf/params_keyword': [('resp = requests.get("https://api.example.com/search", params={"q": param}, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/path_segment_quoted': [('resp = requests.get(url, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/session_instance_fetcher': [('return self.http.get(self.base, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/sorted_const_list_first': [('resp = requests.get(urls[0], headers={"X-Tag": "static"}, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/startswith_https_only': [('resp = requests.get(param, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/urljoin_absolute_override': [('resp = requests.get(url, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/urllib3_poolmanager': [('resp = http.request("GET", param)', 'PY-HTTP-NO-PROXY')],
    'trustbound/kwargs_helper_store': [('remember(session, role=param)', 'PY-TRUST-BOUNDARY')],
}

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gen_common import write_cases  # noqa: E402

for part in ("cases_a.txt", "cases_b.txt", "cases_c.txt"):
    exec(open(os.path.join(HERE, part)).read())
rendered = []
for i, c in enumerate(CASES):
    name, txt = render(i, c)
    rendered.append(("%s/%s" % (c["cat"], c["name"]), c["cat"], "%s_%s.py" % (name, "true" if c["exp"] else "false"), txt))
write_cases(os.environ.get("GEN8_OUT") or os.path.join(HERE, "..", "testdata", "generated8"), rendered, PENDING, EXTRA,
            os.environ.get("GEN8_ALL") == "1", "GEN8_ALL")
