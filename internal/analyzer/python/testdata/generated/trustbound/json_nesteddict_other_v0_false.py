# generated case: rule=PY-TRUST-BOUNDARY source=json propagation=nesteddict_other sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.get_json()["p"]
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
