# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=form propagation=list_del_safe sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00226", methods=["POST"])
def benchmark_test_00226():
    param = request.form.get("BenchmarkTest", "")
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    return make_response("<div>%s</div>" % bar)
