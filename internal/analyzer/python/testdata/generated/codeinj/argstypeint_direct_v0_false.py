# generated case: rule=PY-CODE-INJECTION source=argstypeint propagation=direct sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    result = str(eval(bar))
    return jsonify(result=result)
