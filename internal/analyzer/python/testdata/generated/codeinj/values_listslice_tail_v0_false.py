# generated case: rule=PY-CODE-INJECTION source=values propagation=listslice_tail sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    result = str(eval(bar))
    return jsonify(result=result)
