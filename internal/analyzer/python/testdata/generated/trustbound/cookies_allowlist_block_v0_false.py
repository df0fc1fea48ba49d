# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=allowlist_block sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    bar = param
    result = None
    if bar in ALLOWED:
        session["preference"] = bar
        result = True
    return jsonify(result=result)
