# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=formlist propagation=match_const_taint sink=v0 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00338", methods=["POST"])
def benchmark_test_00338():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    return redirect(bar)  # want: PY-OPEN-REDIRECT
