# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getlist propagation=direct sink=safe1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00355", methods=["GET", "POST"])
def benchmark_test_00355():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    if bar not in ("/home", "/profile"):
        bar = "/home"
    return redirect(bar)
