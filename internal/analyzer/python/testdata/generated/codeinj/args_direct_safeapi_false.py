# generated case: rule=PY-CODE-INJECTION source=args propagation=direct sink=safe-api expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    bar = param
    result = str(ast.literal_eval(bar))
    return jsonify(result=result)
