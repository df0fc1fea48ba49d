# Code injection: "calculator" endpoint evaluates a user expression with eval()
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "1+1")
    result = eval(expr)  # want: PY-CODE-INJECTION
    return jsonify(result=result)
