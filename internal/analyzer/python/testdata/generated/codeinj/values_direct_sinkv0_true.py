# generated case: rule=PY-CODE-INJECTION source=values propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
