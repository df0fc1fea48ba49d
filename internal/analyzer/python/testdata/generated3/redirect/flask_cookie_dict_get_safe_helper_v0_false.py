# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=cookie propagation=dict_get_safe (helper class) sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00315", methods=["GET", "POST"])
def benchmark_test_00315():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return redirect(bar)
