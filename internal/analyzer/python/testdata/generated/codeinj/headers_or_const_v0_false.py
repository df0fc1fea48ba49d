# generated case: rule=PY-CODE-INJECTION source=headers propagation=or_const sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    bar = "safe" or param
    result = str(eval(bar))
    return jsonify(result=result)
