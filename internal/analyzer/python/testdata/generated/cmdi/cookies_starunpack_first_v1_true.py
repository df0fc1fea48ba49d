# generated case: rule=PY-CMDI source=cookies propagation=starunpack_first sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = first
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
