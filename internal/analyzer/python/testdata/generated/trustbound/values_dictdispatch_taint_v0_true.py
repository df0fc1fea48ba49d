# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=dictdispatch_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    guess = "ABC"
    target = guess[0]
    bar = {"A": param, "B": "bob", "C": "carol"}[target]
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
