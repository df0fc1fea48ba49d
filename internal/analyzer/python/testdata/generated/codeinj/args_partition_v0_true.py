# generated case: rule=PY-CODE-INJECTION source=args propagation=partition sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    bar = param.partition("#")[0]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
