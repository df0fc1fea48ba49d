# generated case: rule=PY-CMDI source=cookies propagation=try_finally_overwrite sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    try:
        bar = param
    finally:
        bar = "safe"
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
