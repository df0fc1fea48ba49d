# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=dictupdate_keyA sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
