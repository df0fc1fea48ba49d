# generated case: rule=PY-OPEN-REDIRECT source=form propagation=dict_keyA sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    return redirect(bar)
