# generated case: rule=PY-OPEN-REDIRECT source=values propagation=float sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    bar = str(float(param))
    return redirect(bar)
