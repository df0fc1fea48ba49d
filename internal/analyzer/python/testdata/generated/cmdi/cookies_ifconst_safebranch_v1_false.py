# generated case: rule=PY-CMDI source=cookies propagation=ifconst_safebranch sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
