# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=querystring propagation=builder_chain sink=v1 expected=true
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


@app.route("/00234", methods=["GET", "POST"])
def benchmark_test_00234():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Builder().set_value(param).get_value()
    return make_response("<div>%s</div>" % bar)  # want: PY-XSS
