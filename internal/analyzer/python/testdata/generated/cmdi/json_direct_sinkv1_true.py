# generated case: rule=PY-CMDI source=json propagation=direct sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
