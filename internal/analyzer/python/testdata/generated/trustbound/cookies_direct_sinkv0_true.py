# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=direct sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    bar = param
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
