# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form shape=listcomp_split sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00258", methods=["POST"])
def benchmark_test_00258():
    param = request.form.get("BenchmarkTest", "")
    parts = [p.strip() for p in param.split(",")]
    bar = parts[0]
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
