# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=dict_overwritten sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    m["keyB"] = "safe"
    bar = m["keyB"]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
