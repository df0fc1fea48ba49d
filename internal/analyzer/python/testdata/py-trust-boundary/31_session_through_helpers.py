# py-trust-boundary: request data stored in the session by a helper two calls down, and a helper that rebinds its parameter first
from flask import Flask, request, session

app = Flask(__name__)


def put(store, key, val):
    store[key] = val


def put_via(store, key, val):
    put(store, key, val)


def fresh(store, val):
    store = {}
    store["k"] = val
    return store


@app.route("/via")
def via():
    put_via(session, "user", request.args["u"])  # want: PY-TRUST-BOUNDARY
    fresh(session, request.args["u"])
    return "ok"
