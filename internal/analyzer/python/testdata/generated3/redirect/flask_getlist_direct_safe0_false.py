# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getlist propagation=direct sink=safe0 expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/00311", methods=["GET", "POST"])
def benchmark_test_00311():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    return redirect(url_for("index", q=bar))
