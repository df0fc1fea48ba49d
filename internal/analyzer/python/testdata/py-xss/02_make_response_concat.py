# XSS: greeting built by concatenation and wrapped in make_response
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    html = "<div class='greeting'>Welcome back, " + name + "!</div>"
    resp = make_response(html)  # want: PY-XSS
    resp.headers["Cache-Control"] = "no-store"
    return resp
