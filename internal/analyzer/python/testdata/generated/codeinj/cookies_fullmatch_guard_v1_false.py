# generated case: rule=PY-CODE-INJECTION source=cookies propagation=fullmatch_guard sink=v1 expected=false
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        abort(400)
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
