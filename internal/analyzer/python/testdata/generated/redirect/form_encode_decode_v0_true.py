# generated case: rule=PY-OPEN-REDIRECT source=form propagation=encode_decode sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    bar = param.encode("utf-8").decode("utf-8")
    return redirect(bar)  # want: PY-OPEN-REDIRECT
