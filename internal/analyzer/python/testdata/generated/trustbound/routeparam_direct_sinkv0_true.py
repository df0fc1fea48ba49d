# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=direct sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    bar = param
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
