# generated case: rule=PY-OPEN-REDIRECT source=json propagation=lambda_const sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    const = lambda s: "safe"
    bar = const(param)
    return redirect(bar)
