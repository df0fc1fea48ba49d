# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form propagation=undecidable_ternary (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00143", methods=["POST"])
def benchmark_test_00143():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
