# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=getlist propagation=dict_get_default_safe sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00232", methods=["GET", "POST"])
def benchmark_test_00232():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    return make_response("<div>%s</div>" % bar)
