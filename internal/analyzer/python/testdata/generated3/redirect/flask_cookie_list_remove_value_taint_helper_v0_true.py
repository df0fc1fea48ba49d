# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=cookie propagation=list_remove_value_taint (helper class) sink=v0 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.route("/00329", methods=["GET", "POST"])
def benchmark_test_00329():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
