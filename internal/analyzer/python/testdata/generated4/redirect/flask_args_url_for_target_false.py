# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=args shape=url_for_target sink=specific expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/00445", methods=["GET", "POST"])
def benchmark_test_00445():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    return redirect(url_for("profile", username=bar))
