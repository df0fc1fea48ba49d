# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=lambda_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    const = lambda s: "safe"
    bar = const(param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)
