# generated case: rule=PY-CMDI source=json propagation=listneg_last sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    values = ["safe", "moresafe", param]
    bar = values[-1]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
