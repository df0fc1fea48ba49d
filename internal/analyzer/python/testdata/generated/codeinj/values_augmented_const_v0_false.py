# generated case: rule=PY-CODE-INJECTION source=values propagation=augmented_const sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    bar = "x"
    tmp = param
    bar += "y"
    result = str(eval(bar))
    return jsonify(result=result)
