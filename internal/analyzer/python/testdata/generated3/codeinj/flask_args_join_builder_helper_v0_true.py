# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=args propagation=join_builder (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00149", methods=["GET", "POST"])
def benchmark_test_00149():
    param = request.args.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
