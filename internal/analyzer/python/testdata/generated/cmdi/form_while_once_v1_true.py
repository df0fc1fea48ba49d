# generated case: rule=PY-CMDI source=form propagation=while_once sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    bar = "safe"
    i = 0
    while i < 1:
        bar = param
        i += 1
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
