# generated case: rule=PY-CMDI source=json propagation=method_const sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "safe!"


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    bar = Thing().do_something(param)
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
