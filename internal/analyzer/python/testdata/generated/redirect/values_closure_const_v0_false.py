# generated case: rule=PY-OPEN-REDIRECT source=values propagation=closure_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    def inner(v):
        return "safe"
    bar = inner(param)
    return redirect(bar)
