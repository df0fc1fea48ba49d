# generated case: rule=PY-CODE-INJECTION source=data propagation=direct sink=safe-api expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    bar = param
    result = str(ast.literal_eval(bar))
    return jsonify(result=result)
