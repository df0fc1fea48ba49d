# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getlist propagation=ternary_fold_taint sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00320", methods=["GET", "POST"])
def benchmark_test_00320():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
