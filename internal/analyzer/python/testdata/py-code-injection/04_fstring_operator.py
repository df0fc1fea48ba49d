# Code injection: operands and operator from the query string assembled into an eval string
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    amount = request.args.get("amount", "1")
    factor = request.args.get("factor", "1")
    op = request.args.get("op", "*")
    return jsonify(value=eval(f"{amount} {op} {factor}"))  # want: PY-CODE-INJECTION
