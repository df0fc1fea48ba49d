# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=form propagation=dict_get_taint sink=v1 expected=true
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00216", methods=["POST"])
def benchmark_test_00216():
    param = request.form.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    return make_response("<div>%s</div>" % bar)  # want: PY-XSS
