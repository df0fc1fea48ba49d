# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=pathparam propagation=match_const_taint sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00296/<test_id>", methods=["GET", "POST"])
def benchmark_test_00296(test_id):
    param = test_id
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
