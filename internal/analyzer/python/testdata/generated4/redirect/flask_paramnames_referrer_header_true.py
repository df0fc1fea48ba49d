# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=paramnames shape=referrer_header sink=specific expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00456", methods=["GET", "POST"])
def benchmark_test_00456():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    return redirect(request.referrer or "/")  # want: PY-OPEN-REDIRECT
