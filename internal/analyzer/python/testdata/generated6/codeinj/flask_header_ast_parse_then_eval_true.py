# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header shape=ast_parse_then_eval sink=specific expected=true
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00349", methods=["GET", "POST"])
def benchmark_test_00349():
    param = request.headers.get("Referer", "")
    bar = param
    tree = ast.parse(bar, mode="eval")
    result = eval(compile(tree, "<expr>", "eval"))  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
