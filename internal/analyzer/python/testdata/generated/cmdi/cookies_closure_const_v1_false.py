# generated case: rule=PY-CMDI source=cookies propagation=closure_const sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    def inner(v):
        return "safe"
    bar = inner(param)
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
