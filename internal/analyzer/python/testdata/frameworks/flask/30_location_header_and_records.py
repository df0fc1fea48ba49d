# Redirects through a Location header (Flask headers, Response(headers=)),
# a record's _replace()/_asdict(), and a pick from a few constants.
import random
from typing import NamedTuple

from flask import Flask, Response, make_response, request

app = Flask(__name__)


class Row(NamedTuple):
    key: str
    val: str


@app.route("/go")
def go():
    resp = make_response("", 302)
    resp.headers["Location"] = request.args.get("next", "/")  # want: PY-OPEN-REDIRECT
    return resp


@app.route("/go-home")
def go_home():
    resp = make_response("", 302)
    resp.headers["Location"] = "/account/" + request.args.get("tab", "")
    return resp


@app.route("/go2")
def go2():
    return Response(status=302, headers={"Location": request.args["to"]})  # want: PY-OPEN-REDIRECT


@app.route("/go3")
def go3():
    return Response(status=302, headers={"Location": "/help", "X-Topic": request.args["to"]})


@app.route("/row")
def row():
    r = Row("k", request.args["v"])._replace(val="fixed")
    resp = make_response("", 302)
    resp.headers["Location"] = r.val
    return resp


@app.route("/row2")
def row2():
    r = Row(request.args["k"], "v")._asdict()
    return Response(status=302, headers={"Location": r["key"]})  # want: PY-OPEN-REDIRECT


@app.route("/banner")
def banner():
    resp = make_response("ok")
    resp.set_cookie("variant", random.choice(["blue", "green", "red"]), secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("variant_token", "".join(random.choice("abcdef0123456789") for _ in range(16)), secure=True, httponly=True, samesite="Lax")  # want: PY-WEAK-RANDOM
    return resp
