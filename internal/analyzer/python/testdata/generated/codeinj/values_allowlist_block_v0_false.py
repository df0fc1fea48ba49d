# generated case: rule=PY-CODE-INJECTION source=values propagation=allowlist_block sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    bar = param
    result = None
    if bar in ALLOWED:
        result = str(eval(bar))
    return jsonify(result=result)
