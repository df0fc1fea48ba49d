# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=guard_inverted sink=v0 expected=true
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    bar = param
    if bar in ALLOWED:
        abort(400)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
