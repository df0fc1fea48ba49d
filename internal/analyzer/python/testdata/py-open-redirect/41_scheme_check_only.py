# Open redirect: a check of the scheme (or the port) alone leaves the host
# to the input; so does the absence of a scheme ("//evil.example" has none).
# A check of the host, alone or with the scheme, is what keeps the redirect
# on known sites.
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"shop.example", "www.shop.example"}


@app.route("/go")
def go():
    target = request.args.get("next", "")
    if urlparse(target).scheme not in ("http", "https"):
        abort(400)
    return redirect(target)  # want: PY-OPEN-REDIRECT


@app.route("/go-port")
def go_port():
    target = request.args.get("next", "")
    parts = urlparse(target)
    if parts.port not in (None, 443):
        abort(400)
    return redirect(target)  # want: PY-OPEN-REDIRECT


@app.route("/go-relative")
def go_relative():
    target = request.args.get("next", "")
    if urlparse(target).scheme:
        abort(400)
    return redirect(target)  # want: PY-OPEN-REDIRECT


@app.route("/go-checked")
def go_checked():
    target = request.args.get("next", "")
    parts = urlparse(target)
    if parts.scheme not in ("http", "https") or parts.netloc not in ALLOWED_HOSTS:
        abort(400)
    return redirect(target)  # safe: the host is on the allow-list


@app.route("/go-hostless")
def go_hostless():
    target = request.args.get("next", "")
    if urlparse(target).netloc:
        abort(400)
    return redirect(target)  # safe: no host, the redirect stays on this site
