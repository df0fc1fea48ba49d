# generated case: rule=PY-CMDI source=routeparam propagation=ternary_isalnum sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    bar = param if param.isalnum() else "safe"
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
