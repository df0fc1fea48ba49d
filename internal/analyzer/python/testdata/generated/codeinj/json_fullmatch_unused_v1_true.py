# generated case: rule=PY-CODE-INJECTION source=json propagation=fullmatch_unused sink=v1 expected=true
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.get_json()["p"]
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
