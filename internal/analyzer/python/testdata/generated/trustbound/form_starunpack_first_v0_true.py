# generated case: rule=PY-TRUST-BOUNDARY source=form propagation=starunpack_first sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.form["p"]
    first, *rest = [param, "safe", "moresafe"]
    bar = first
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
