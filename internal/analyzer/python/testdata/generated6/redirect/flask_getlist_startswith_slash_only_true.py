# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getlist shape=startswith_slash_only sink=specific expected=true
from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/00403", methods=["GET", "POST"])
def benchmark_test_00403():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    if not bar.startswith("/"):
        abort(400)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
