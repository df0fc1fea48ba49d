# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=json propagation=if_fold_div_safe sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00220", methods=["POST"])
def benchmark_test_00220():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    return make_response("<div>%s</div>" % bar)
