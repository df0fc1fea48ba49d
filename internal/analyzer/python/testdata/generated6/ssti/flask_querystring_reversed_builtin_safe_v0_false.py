# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=querystring shape=reversed_builtin_safe sink=v0 expected=false
import urllib.parse

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00177", methods=["GET", "POST"])
def benchmark_test_00177():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = list(reversed([param, "safe"]))[0]
    return render_template_string("<p>Hello " + bar + "</p>")
