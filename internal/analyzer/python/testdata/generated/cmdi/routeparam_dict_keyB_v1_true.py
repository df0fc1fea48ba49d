# generated case: rule=PY-CMDI source=routeparam propagation=dict_keyB sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
