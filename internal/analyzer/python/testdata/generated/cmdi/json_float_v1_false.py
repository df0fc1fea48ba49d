# generated case: rule=PY-CMDI source=json propagation=float sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    bar = str(float(param))
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
