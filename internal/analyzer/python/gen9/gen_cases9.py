#!/usr/bin/env python3
"""Benchmark-style cases, ninth suite (gen9): 237 small Flask, Django and
FastAPI handlers over 16 categories by a second helper, probing shapes the
earlier suites did not (class hierarchies and hooks, ChainMap, generators
with send, context managers, framework validation, never-returning
helpers, protocol clients, dead code ...).

    /usr/bin/python3 internal/analyzer/python/gen9/gen_cases9.py             # testdata/generated9
    GEN9_OUT=/tmp/g9 GEN9_ALL=1 /usr/bin/python3 internal/analyzer/python/gen9/gen_cases9.py
    secaudit code /tmp/g9 --analyzers python -f json -o R --exit-zero -q; python3 bench/score.py R /tmp/g9

The cases are in cases.txt (calls of C(); "#WANT" marks the sink line of a
true case, "RET x" the handler's return). Cases the analyzer gets wrong
today are in PENDING and only written with GEN9_ALL=1; EXTRA lists the
lines with a second finding, which the fixture test expects.
"""
import os
import re
import sys
import textwrap

RULES = dict(sqli="PY-SQLI", cmdi="PY-CMDI", codeinj="PY-CODE-INJECTION", pathtraver="PY-PATH-TRAVERSAL",
             xss="PY-XSS", redirect="PY-OPEN-REDIRECT", ssrf="PY-SSRF", deser="PY-DESERIALIZATION",
             xpath="PY-XPATH-INJECTION", ldap="PY-LDAP-INJECTION", nosqli="PY-NOSQLI",
             trustbound="PY-TRUST-BOUNDARY", weakhash="PY-WEAK-HASH", weakrandom="PY-WEAK-RANDOM",
             xxe="PY-XXE", ssti="PY-SSTI")
FLASK_SRC = dict(args='request.args.get("q", "")', form='request.form.get("q", "")',
                 cookies='request.cookies.get("q", "")', headers='request.headers.get("X-Q", "")',
                 values='request.values.get("q", "")', json='(request.get_json(silent=True) or {}).get("q", "")')
DJ_SRC = dict(GET='request.GET.get("q", "")', POST='request.POST.get("q", "")', COOKIES='request.COOKIES.get("q", "")',
              META='request.META.get("HTTP_X_Q", "")', body='request.body.decode("utf-8", "replace")')
FA_SRC = dict(query=('q: str = Query("")', "q"), header=('x_q: str = Header("")', "x_q"),
              cookie=('q: str = Cookie("")', "q"), form=('q: str = Form("")', "q"),
              body=('q: str = Body("", embed=True)', "q"))
# The imports and app of each framework's cases.
FW_HEAD = {
    "flask": "from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for\n\napp = Flask(__name__)\napp.secret_key = \"dev-only\"\n",
    "django": "from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse\nfrom django.urls import path\n",
    "fastapi": "from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request\nfrom fastapi.responses import HTMLResponse, RedirectResponse\n\napp = FastAPI()\n",
}
CASES = []


def C(cat, shape, fw, exp, src, body, imports="", prelude="", sig=None, pre=None, handler=None, route=None, asyncdef=False):
    CASES.append(dict(cat=cat, shape=shape, fw=fw, exp=exp, src=src, body=body, imports=imports,
                      prelude=prelude, sig=sig, pre=pre, handler=handler, route=route, asyncdef=asyncdef))


def ret(fw, line):
    m = re.match(r"^(\s*)RET (.*)$", line)
    if not m:
        return line
    ind, e = m.groups()
    if fw == "flask":
        return f"{ind}return jsonify(result=str({e}))"
    if fw == "django":
        return f'{ind}return JsonResponse({{"result": str({e})}})'
    return f'{ind}return {{"result": str({e})}}'


def render(c):
    rule = RULES[c["cat"]]
    name = f'{c["cat"]}_{c["shape"]}'
    fw = c["fw"]
    body = textwrap.dedent(c["body"]).strip("\n")
    body = "\n".join(ret(fw, l) for l in body.split("\n"))
    body = textwrap.indent(body, "    ")
    prelude = textwrap.dedent(c["prelude"]).strip("\n")
    imports = textwrap.dedent(c["imports"]).strip("\n")
    hdr = f"# generated case (gen9): category={c['cat']} rule={rule} fw={fw} shape={c['shape']} expected={'true' if c['exp'] else 'false'}"
    parts = [hdr]
    if imports:
        parts.append(imports)
    parts.append(FW_HEAD[fw])
    if prelude:
        parts.append(prelude + "\n")
    if c["handler"] and fw != "fastapi":
        parts.append("\n" + textwrap.dedent(c["handler"]).strip("\n"))
    elif fw == "flask":
        parts.append(f'\n@app.route("/{name}", methods=["GET", "POST"])\ndef case_{c["shape"]}():\n    param = {FLASK_SRC[c["src"]]}\n{body}')
    elif fw == "django":
        srcline = f"    param = {DJ_SRC[c['src']]}\n" if c["src"] else ""
        parts.append(f'\ndef case_{c["shape"]}(request):\n{srcline}{body}')
    else:
        if c["sig"]:
            sig, pre = c["sig"], c["pre"]
        else:
            sig, v = FA_SRC[c["src"]]
            pre = f"param = {v}"
        preline = f"    {pre}\n" if pre else ""
        parts.append(f'\n@app.api_route("/{name}", methods=["GET", "POST"])\n{"async " if c["asyncdef"] else ""}def case_{c["shape"]}(request: Request, {sig}):\n{preline}{body}')
    if fw == "django":
        parts.append(f'\n\nurlpatterns = [\n    path("{c["route"] or name + "/"}", case_{c["shape"]}),\n]')
    text = "\n".join(parts) + "\n"
    text = text.replace("  #WANT", "  # want: " + rule)
    assert ("# want:" in text) == c["exp"], name
    return name, text


PENDING = {
    'cmdi/decorator_shlex_quote',
    'deser/isinstance_bytes_dead',
    'ldap/base_dn_injection',
    'ldap/pydantic_validator_escape',
    'xpath/concat_literal_helper',
    'xxe/minidom_parse_string',
    'xxe/pull_parser_feed',
}

EXTRA = {
    'nosqli/body_dict_login': [('def case_body_dict_login(request: Request, creds: dict = Body(...)):', 'PY-NO-MFA')],
    'pathtraver/exists_check_not_guard': [('if not os.path.exists(full):', 'PY-PATH-TRAVERSAL')],
    'ssrf/aiohttp_session_get': [('async with s.get(param) as resp:', 'PY-HTTP-NO-PROXY')],
    'ssrf/base_fetcher_hook': [('return requests.get(self.url_for(value), timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/dict_zip_config': [('resp = requests.get(cfg["url"], timeout=cfg["timeout"])', 'PY-HTTP-NO-PROXY')],
    'ssrf/header_value_only': [('resp = requests.get("https://api.example.com/ping", headers={"X-Trace": param}, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/hex_path_segment': [('resp = requests.get("https://api.example.com/u/" + param.encode("utf-8").hex(), timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/int_id_path': [('resp = requests.get(f"https://api.example.com/items/{item}", timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/post_json_body_const_url': [('resp = requests.post("https://api.example.com/search", json={"q": param}, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/pydantic_webhook_post': [('resp = requests.post(hook.url, json={"event": "ping"}, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/requests_request_method': [('resp = requests.request("GET", param, timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/unquote_get': [('resp = requests.get(urllib.parse.unquote(param), timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/urlencode_query_fixed_host': [('resp = requests.get("https://api.example.com/s?" + urlencode({"q": param}), timeout=5)', 'PY-HTTP-NO-PROXY')],
    'ssrf/urlopen_request_obj': [('with urllib.request.urlopen(urllib.request.Request(param), timeout=5) as resp:', 'PY-HTTP-NO-PROXY')],
    'weakrandom/cookie_session_id': [('resp.set_cookie("sid", str(random.random()))', 'PY-COOKIE-INSECURE')],
    'xxe/pull_parser_feed': [('root = pp.close()', 'PY-XXE')],
}



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(here))
    from gen_common import write_cases

    exec(open(os.path.join(here, "cases.txt")).read(), {"C": C})
    rendered = []
    for c in CASES:
        name, text = render(c)
        rendered.append(("%s/%s" % (c["cat"], c["shape"]), c["cat"], "%s_%s.py" % (name, "true" if c["exp"] else "false"), text))
    write_cases(os.environ.get("GEN9_OUT") or os.path.join(here, "..", "testdata", "generated9"), rendered, PENDING, EXTRA,
                os.environ.get("GEN9_ALL") == "1", "GEN9_ALL")

if __name__ == "__main__":
    main()
