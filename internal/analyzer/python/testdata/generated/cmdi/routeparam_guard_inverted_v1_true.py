# generated case: rule=PY-CMDI source=routeparam propagation=guard_inverted sink=v1 expected=true
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    bar = param
    if bar in ALLOWED:
        abort(400)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
