# generated case: rule=PY-TRUST-BOUNDARY source=data propagation=json_roundtrip sink=v0 expected=true
import json
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.data.decode("utf-8")
    bar = json.loads(json.dumps(param))
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
