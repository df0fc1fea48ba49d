# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=querystring propagation=builder_chain_other (helper class) sink=v1 expected=false
import urllib.parse

from flask import Flask, make_response, request

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


@app.route("/00223", methods=["GET", "POST"])
def benchmark_test_00223():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return make_response("<div>%s</div>" % bar)
