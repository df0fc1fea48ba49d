# generated case: rule=PY-CODE-INJECTION source=data propagation=fullmatch_block sink=v0 expected=false
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        result = str(eval(bar))
    return jsonify(result=result)
