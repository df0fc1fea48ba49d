# generated case: rule=PY-CMDI source=routeparam propagation=helper_validate_raise sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    bar = validate(param)
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
