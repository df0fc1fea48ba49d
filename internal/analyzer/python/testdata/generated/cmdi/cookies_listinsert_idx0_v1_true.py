# generated case: rule=PY-CMDI source=cookies propagation=listinsert_idx0 sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
