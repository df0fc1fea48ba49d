# py-cookie-insecure: cookie flags passed as **kwargs: from a helper returning a constant dict (judged), or from a dict the analysis cannot know (not judged)
import json
import os

from flask import Flask, make_response, request

app = Flask(__name__)


def cookie_flags():
    return {"secure": True, "httponly": True, "samesite": "Lax"}


def lax_flags():
    return {"secure": False, "httponly": True, "samesite": "Lax"}


FLAGS_FROM_ENV = json.loads(os.environ.get("COOKIE_FLAGS", "{}"))


@app.route("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("session_token", request.args["t"], **cookie_flags())
    return resp


@app.route("/login-lax")
def login_lax():
    resp = make_response("ok")
    resp.set_cookie("session_token", request.args["t"], **lax_flags())  # want: PY-COOKIE-INSECURE
    return resp


@app.route("/login-env")
def login_env():
    resp = make_response("ok")
    resp.set_cookie("session_token", request.args["t"], **FLAGS_FROM_ENV)
    return resp


@app.route("/login-none")
def login_none():
    resp = make_response("ok")
    resp.set_cookie("session_token", request.args["t"])  # want: PY-COOKIE-INSECURE
    return resp
