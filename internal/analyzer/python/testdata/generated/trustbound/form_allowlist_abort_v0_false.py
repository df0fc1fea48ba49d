# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=allowlist_abort sink=v0 expected=false
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    bar = param
    if bar not in ALLOWED:
        abort(400)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
