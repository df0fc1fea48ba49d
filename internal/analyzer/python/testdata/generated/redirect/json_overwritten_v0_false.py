# generated case: rule=PY-OPEN-REDIRECT source=json propagation=overwritten sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    bar = param
    bar = "safe"
    return redirect(bar)
