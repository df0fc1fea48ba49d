# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=helper_secondarg sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def pick(first, second):
    return first


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    bar = pick("fixed", param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
