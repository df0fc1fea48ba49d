# generated case: rule=PY-CMDI source=form propagation=fullmatch_block sink=v1 expected=false
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
