# generated case: rule=PY-TRUST-BOUNDARY source=json propagation=match_prefix_guard sink=v0 expected=true
import os
import re

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.get_json()["p"]
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        abort(400)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
