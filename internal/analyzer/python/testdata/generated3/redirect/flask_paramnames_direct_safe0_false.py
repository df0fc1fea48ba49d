# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=paramnames propagation=direct sink=safe0 expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/00311", methods=["GET", "POST"])
def benchmark_test_00311():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    return redirect(url_for("index", q=bar))
