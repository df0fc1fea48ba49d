# generated case: rule=PY-OPEN-REDIRECT source=json propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    bar = param
    return redirect(bar)  # want: PY-OPEN-REDIRECT
