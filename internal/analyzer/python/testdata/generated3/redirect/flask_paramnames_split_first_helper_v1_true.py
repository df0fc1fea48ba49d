# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=paramnames propagation=split_first (helper class) sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00305", methods=["GET", "POST"])
def benchmark_test_00305():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
