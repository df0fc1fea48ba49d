# py-weak-hash: a weak hash function passed to a helper that calls it is
# reported where it is passed (through helpers of helpers too); a strong
# one is not.
import hashlib

from flask import Flask, request

app = Flask(__name__)


def digest(fn, data):
    return fn(data).hexdigest()


def fingerprint(fn, text):
    return digest(fn, text.encode())


@app.route("/weak")
def weak():
    data = request.args.get("d", "").encode()
    return digest(hashlib.sha1, data)  # want: PY-WEAK-HASH


@app.route("/weak-nested")
def weak_nested():
    return fingerprint(hashlib.md5, request.args.get("d", ""))  # want: PY-WEAK-HASH


@app.route("/strong")
def strong():
    data = request.args.get("d", "").encode()
    return digest(hashlib.sha256, data)  # safe: SHA-256
