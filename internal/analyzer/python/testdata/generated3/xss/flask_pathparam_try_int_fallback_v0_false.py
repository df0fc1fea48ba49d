# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=pathparam propagation=try_int_fallback sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


@app.route("/00226/<test_id>", methods=["GET", "POST"])
def benchmark_test_00226(test_id):
    param = test_id
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return "<p>Formatted like: " + bar + "</p>"
