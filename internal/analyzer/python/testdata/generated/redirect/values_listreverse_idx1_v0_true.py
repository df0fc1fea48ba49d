# generated case: rule=PY-OPEN-REDIRECT source=values propagation=listreverse_idx1 sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    values = [param, "safe"]
    values.reverse()
    bar = values[1]
    return redirect(bar)  # want: PY-OPEN-REDIRECT
