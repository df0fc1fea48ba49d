# generated case: rule=PY-TRUST-BOUNDARY source=headers propagation=const_ternary_false sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.headers.get("X-P", "")
    bar = param if False else "safe"
    session["preference"] = bar
    result = True
    return jsonify(result=result)
