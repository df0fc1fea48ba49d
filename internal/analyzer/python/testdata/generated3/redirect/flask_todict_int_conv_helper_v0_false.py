# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=todict propagation=int_conv (helper class) sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00327", methods=["GET", "POST"])
def benchmark_test_00327():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return redirect(bar)
