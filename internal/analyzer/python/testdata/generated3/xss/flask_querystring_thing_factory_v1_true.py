# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=querystring propagation=thing_factory sink=v1 expected=true
import urllib.parse

from flask import Flask, make_response, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00244", methods=["GET", "POST"])
def benchmark_test_00244():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    thing = make_thing()
    bar = thing.do_something(param)
    return make_response("<div>%s</div>" % bar)  # want: PY-XSS
