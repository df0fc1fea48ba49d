# generated case: rule=PY-OPEN-REDIRECT source=values propagation=tupleunpack_second sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    _label, bar = "safe", param
    return redirect(bar)  # want: PY-OPEN-REDIRECT
