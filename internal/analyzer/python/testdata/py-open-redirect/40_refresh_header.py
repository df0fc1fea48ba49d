# py-open-redirect: a Refresh header sends the browser to its url= target
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/later")
def refresh_to_input():
    resp = make_response("Redirecting...")
    resp.headers["Refresh"] = "0; url=" + request.args["next"]  # want: PY-OPEN-REDIRECT
    return resp


@app.route("/local")
def refresh_local():
    resp = make_response("Redirecting...")
    resp.headers["Refresh"] = "3; url=/orders/" + request.args["id"]  # safe: PY-OPEN-REDIRECT (a path of this site)
    return resp
