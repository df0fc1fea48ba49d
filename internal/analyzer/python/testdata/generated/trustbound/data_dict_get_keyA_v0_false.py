# generated case: rule=PY-TRUST-BOUNDARY source=data propagation=dict_get_keyA sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.data.decode("utf-8")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    session["preference"] = bar
    result = True
    return jsonify(result=result)
