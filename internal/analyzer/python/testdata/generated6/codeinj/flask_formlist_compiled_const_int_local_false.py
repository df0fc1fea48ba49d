# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist shape=compiled_const_int_local sink=specific expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00484", methods=["POST"])
def benchmark_test_00484():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = eval(compile("x * 2", "<calc>", "eval"), {"__builtins__": {}}, {"x": int(bar)})
    return jsonify(result=str(result))
