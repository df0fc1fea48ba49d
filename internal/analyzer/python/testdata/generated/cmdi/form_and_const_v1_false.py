# generated case: rule=PY-CMDI source=form propagation=and_const sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    bar = "" and param
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
