# generated case: rule=PY-CMDI source=form propagation=listremove_idx0 sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
