# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=todict shape=int_path sink=specific expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00408", methods=["GET", "POST"])
def benchmark_test_00408():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    return redirect(f"/orders/{int(bar)}")
