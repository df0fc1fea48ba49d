# Code injection FALSE: operator allow-listed and operands converted to float before eval
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    op = request.args.get("op", "*")
    if op not in ("+", "-", "*", "/"):
        abort(400)
    a = float(request.args.get("a", "1"))
    b = float(request.args.get("b", "1"))
    return jsonify(value=eval(f"{a} {op} {b}"))
