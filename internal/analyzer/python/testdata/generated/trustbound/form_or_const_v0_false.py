# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=or_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    bar = "safe" or param
    session["preference"] = bar
    result = True
    return jsonify(result=result)
