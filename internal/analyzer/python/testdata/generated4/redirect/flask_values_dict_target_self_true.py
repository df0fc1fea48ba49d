# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=values shape=dict_target_self sink=specific expected=true
from flask import Flask, redirect, request

app = Flask(__name__)
TARGETS = {"home": "/home", "docs": "/docs"}


@app.route("/00447", methods=["GET", "POST"])
def benchmark_test_00447():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    return redirect(TARGETS.get(bar, bar))  # want: PY-OPEN-REDIRECT
