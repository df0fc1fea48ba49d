# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=args propagation=stringio (helper class) sink=v0 expected=true
import io

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00143", methods=["GET", "POST"])
def benchmark_test_00143():
    param = request.args.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
