# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=guard_then_reassign sink=v0 expected=true
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    bar = param
    if bar not in ALLOWED:
        abort(400)
    bar = param + "-v2"
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
