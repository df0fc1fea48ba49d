# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header shape=literal_eval_then_eval sink=specific expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00377", methods=["GET", "POST"])
def benchmark_test_00377():
    param = request.headers.get("Referer", "")
    bar = param
    value = ast.literal_eval(bar)
    result = eval("value * 2", {}, {"value": value})
    return jsonify(result=str(result))
