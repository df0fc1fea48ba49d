# generated case: rule=PY-TRUST-BOUNDARY source=data propagation=fullmatch_unused sink=v0 expected=true
import os
import re

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.data.decode("utf-8")
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
