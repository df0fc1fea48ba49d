# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=pathparam propagation=builder_chain_other (helper class) sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.route("/00247/<test_id>", methods=["GET", "POST"])
def benchmark_test_00247(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
