# generated case: rule=PY-CODE-INJECTION source=args propagation=assigned_last sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    bar = "safe"
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
