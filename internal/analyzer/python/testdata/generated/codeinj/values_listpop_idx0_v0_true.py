# generated case: rule=PY-CODE-INJECTION source=values propagation=listpop_idx0 sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
