# generated case: rule=PY-CMDI source=routeparam propagation=flagcompare_taint sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    flag = "yes"
    if flag == "yes":
        bar = param
    else:
        bar = "safe"
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
