# generated case: rule=PY-CMDI source=json propagation=guard_other_var sink=v1 expected=true
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.get_json()["p"]
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        abort(400)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
