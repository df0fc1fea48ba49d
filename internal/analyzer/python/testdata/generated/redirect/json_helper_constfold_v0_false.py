# generated case: rule=PY-OPEN-REDIRECT source=json propagation=helper_constfold sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.get_json()["p"]
    bar = choose(param)
    return redirect(bar)
