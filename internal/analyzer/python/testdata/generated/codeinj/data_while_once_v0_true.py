# generated case: rule=PY-CODE-INJECTION source=data propagation=while_once sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    bar = "safe"
    i = 0
    while i < 1:
        bar = param
        i += 1
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
