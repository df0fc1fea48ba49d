# generated case: rule=PY-OPEN-REDIRECT source=data propagation=forlast_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.data.decode("utf-8")
    for v in [param, "safe"]:
        bar = v
    return redirect(bar)
