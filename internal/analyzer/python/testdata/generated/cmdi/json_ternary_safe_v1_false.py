# generated case: rule=PY-CMDI source=json propagation=ternary_safe sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
