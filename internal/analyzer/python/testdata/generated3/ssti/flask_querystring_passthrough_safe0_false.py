# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=querystring propagation=passthrough (helper class) sink=safe0 expected=false
import urllib.parse

from flask import Flask, render_template_string, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00293", methods=["GET", "POST"])
def benchmark_test_00293():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
