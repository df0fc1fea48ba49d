# generated case: rule=PY-TRUST-BOUNDARY source=json propagation=ifconst_safebranch sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.get_json()["p"]
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    session["preference"] = bar
    result = True
    return jsonify(result=result)
