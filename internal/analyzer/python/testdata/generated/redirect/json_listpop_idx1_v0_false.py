# generated case: rule=PY-OPEN-REDIRECT source=json propagation=listpop_idx1 sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    return redirect(bar)
