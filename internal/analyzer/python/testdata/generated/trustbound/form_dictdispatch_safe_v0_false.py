# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=dictdispatch_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
