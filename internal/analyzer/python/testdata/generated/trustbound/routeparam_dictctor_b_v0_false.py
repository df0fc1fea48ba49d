# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=dictctor_b sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    bar = dict(a=param, b="safe")["b"]
    session["preference"] = bar
    result = True
    return jsonify(result=result)
