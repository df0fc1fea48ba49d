# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=sha256 sink=v0 expected=false
import hashlib

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    return redirect(bar)
