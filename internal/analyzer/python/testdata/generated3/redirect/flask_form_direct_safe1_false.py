# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form propagation=direct sink=safe1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00339", methods=["POST"])
def benchmark_test_00339():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    if bar not in ("/home", "/profile"):
        bar = "/home"
    return redirect(bar)
