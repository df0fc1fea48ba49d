# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=json propagation=split_first (helper class) sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00305", methods=["POST"])
def benchmark_test_00305():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
