# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values propagation=undecidable_ternary (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00155", methods=["GET", "POST"])
def benchmark_test_00155():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
