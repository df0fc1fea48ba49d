# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=copy sink=v0 expected=true
import copy

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    bar = copy.copy(param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
