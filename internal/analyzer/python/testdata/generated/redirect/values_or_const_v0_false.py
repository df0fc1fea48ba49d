# generated case: rule=PY-OPEN-REDIRECT source=values propagation=or_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    bar = "safe" or param
    return redirect(bar)
