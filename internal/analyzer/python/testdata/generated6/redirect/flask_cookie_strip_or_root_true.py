# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=cookie shape=strip_or_root sink=specific expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00493", methods=["GET", "POST"])
def benchmark_test_00493():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return redirect(bar.strip() or "/")  # want: PY-OPEN-REDIRECT
