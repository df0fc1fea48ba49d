# generated case: rule=PY-TRUST-BOUNDARY source=json propagation=forlast_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.get_json()["p"]
    for v in [param, "safe"]:
        bar = v
    session["preference"] = bar
    result = True
    return jsonify(result=result)
