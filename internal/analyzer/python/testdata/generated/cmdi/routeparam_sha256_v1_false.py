# generated case: rule=PY-CMDI source=routeparam propagation=sha256 sink=v1 expected=false
import hashlib
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
