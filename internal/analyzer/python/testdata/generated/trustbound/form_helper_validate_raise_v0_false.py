# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=helper_validate_raise sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    bar = validate(param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
