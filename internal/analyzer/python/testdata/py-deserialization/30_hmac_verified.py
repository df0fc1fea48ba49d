# Pickle of data whose HMAC was checked with the server's key is the
# server's own; a key taken from the request, or a check of other bytes,
# proves nothing.
import base64
import hashlib
import hmac
import os
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["SIGNING_KEY"].encode()


@app.route("/a")
def a():
    raw = base64.b64decode(request.args["s"])
    sig, blob = raw[:32], raw[32:]
    if not hmac.compare_digest(sig, hmac.new(KEY, blob, hashlib.sha256).digest()):
        abort(400)
    return {"type": type(pickle.loads(blob)).__name__}


@app.route("/b")
def b():
    raw = base64.b64decode(request.args["s"])
    sig, blob = raw[:32], raw[32:]
    key = request.args["k"].encode()
    expected = hmac.new(key, blob, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        abort(400)
    return {"type": type(pickle.loads(blob)).__name__}  # want: PY-DESERIALIZATION


@app.route("/c")
def c():
    raw = base64.b64decode(request.args["s"])
    sig, blob, extra = raw[:32], raw[32:64], raw[64:]
    if not hmac.compare_digest(sig, hmac.new(KEY, blob, hashlib.sha256).digest()):
        abort(400)
    return {"type": type(pickle.loads(extra)).__name__}  # want: PY-DESERIALIZATION
