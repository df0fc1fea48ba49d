# generated case: rule=PY-CODE-INJECTION source=values propagation=tupleunpack_second sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    _label, bar = "safe", param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
