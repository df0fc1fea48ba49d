# generated case: rule=PY-CMDI source=cookies propagation=forlast_const sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    for v in [param, "safe"]:
        bar = v
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
