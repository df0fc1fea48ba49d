# generated case: rule=PY-OPEN-REDIRECT source=form propagation=listreverse_idx0 sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    return redirect(bar)
