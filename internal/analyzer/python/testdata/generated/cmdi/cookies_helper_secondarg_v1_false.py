# generated case: rule=PY-CMDI source=cookies propagation=helper_secondarg sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


def pick(first, second):
    return first


@app.route("/cmdi")
def handle_cmdi():
    param = request.cookies.get("p", "")
    bar = pick("fixed", param)
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
