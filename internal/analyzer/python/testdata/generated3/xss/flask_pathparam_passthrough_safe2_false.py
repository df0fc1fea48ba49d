# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=pathparam propagation=passthrough (helper class) sink=safe2 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00257/<test_id>", methods=["GET", "POST"])
def benchmark_test_00257(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    resp = make_response("Formatted like: " + bar)
    resp.mimetype = "text/plain"
    return resp
