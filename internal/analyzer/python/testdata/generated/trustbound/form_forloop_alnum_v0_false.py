# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=forloop_alnum sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    session["preference"] = bar
    result = True
    return jsonify(result=result)
