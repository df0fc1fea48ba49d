# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=paramnames propagation=allowlist_ternary sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00344", methods=["GET", "POST"])
def benchmark_test_00344():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param if param in ("alpha", "beta") else "alpha"
    return redirect("/" + bar)
