# generated case: rule=PY-OPEN-REDIRECT source=form propagation=int sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect", methods=["POST"])
def handle_redirect():
    param = request.form["p"]
    bar = str(int(param))
    return redirect(bar)
