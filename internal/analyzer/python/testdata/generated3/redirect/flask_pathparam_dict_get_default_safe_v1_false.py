# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=pathparam propagation=dict_get_default_safe sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00293/<test_id>", methods=["GET", "POST"])
def benchmark_test_00293(test_id):
    param = test_id
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    return redirect("/" + bar)
