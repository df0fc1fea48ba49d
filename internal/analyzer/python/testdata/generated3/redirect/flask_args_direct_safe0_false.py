# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=args propagation=direct sink=safe0 expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/00353", methods=["GET", "POST"])
def benchmark_test_00353():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    return redirect(url_for("index", q=bar))
