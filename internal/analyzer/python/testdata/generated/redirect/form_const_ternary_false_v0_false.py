# generated case: rule=PY-OPEN-REDIRECT source=form propagation=const_ternary_false sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    bar = param if False else "safe"
    return redirect(bar)
