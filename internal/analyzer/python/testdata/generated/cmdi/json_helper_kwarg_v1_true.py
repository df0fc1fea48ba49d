# generated case: rule=PY-CMDI source=json propagation=helper_kwarg sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value=None):
    return value


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    bar = do_something(value=param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
