# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=listpop_idx0 sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
