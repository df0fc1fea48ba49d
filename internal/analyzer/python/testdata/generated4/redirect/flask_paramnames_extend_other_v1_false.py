# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=paramnames shape=extend_other sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00098", methods=["GET", "POST"])
def benchmark_test_00098():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    items = ["safe"]
    items.extend([param, "more"])
    bar = items[2]
    return redirect("/" + bar)
