# generated case: rule=PY-CMDI source=form propagation=listcomp_all sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.form["p"]
    bar = "".join([c for c in param])
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
