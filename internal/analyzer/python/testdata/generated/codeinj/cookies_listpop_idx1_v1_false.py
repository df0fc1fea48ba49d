# generated case: rule=PY-CODE-INJECTION source=cookies propagation=listpop_idx1 sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
