# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=listslice_tail sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
