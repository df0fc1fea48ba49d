# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=flask source=args propagation=thing_factory sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00393", methods=["GET", "POST"])
def benchmark_test_00393():
    param = request.args.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return jsonify(result=str(result))
