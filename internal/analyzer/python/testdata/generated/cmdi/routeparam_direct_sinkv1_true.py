# generated case: rule=PY-CMDI source=routeparam propagation=direct sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
