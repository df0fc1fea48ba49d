# py-cookie-insecure: cookies set without set_cookie(): raw Set-Cookie headers and Django morsels
import http.server

from django.http import JsonResponse
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/raw")
def raw_header():
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = "session_token=" + request.args["t"] + "; Path=/"  # want: PY-COOKIE-INSECURE
    return resp


@app.route("/raw-flags")
def raw_header_flags():
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = "session_token=" + request.args["t"] + "; Path=/; Secure; HttpOnly; SameSite=Lax"  # safe: PY-COOKIE-INSECURE
    return resp


@app.route("/raw-add")
def raw_header_add():
    resp = make_response("ok")
    resp.headers.add("Set-Cookie", "auth=%s; Secure" % request.args["t"])  # want: PY-COOKIE-INSECURE
    return resp


@app.route("/raw-other")
def raw_header_not_sensitive():
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = "theme=dark; Path=/"  # safe: PY-COOKIE-INSECURE (not a sensitive cookie)
    return resp


def morsel(request):
    resp = JsonResponse({"ok": True})
    resp.cookies["sessionid"] = request.COOKIES.get("x", "")  # want: PY-COOKIE-INSECURE
    return resp


def morsel_flags(request):
    resp = JsonResponse({"ok": True})
    resp.cookies["sessionid"] = request.COOKIES.get("x", "")  # safe: PY-COOKIE-INSECURE
    resp.cookies["sessionid"]["secure"] = True
    resp.cookies["sessionid"]["httponly"] = True
    resp.cookies["sessionid"]["samesite"] = "Lax"
    return resp


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Set-Cookie", "SESSIONID=abc; path=/")  # want: PY-COOKIE-INSECURE
        self.end_headers()
