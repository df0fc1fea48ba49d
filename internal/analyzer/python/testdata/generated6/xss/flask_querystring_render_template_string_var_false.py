# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=querystring shape=render_template_string_var sink=specific expected=false
import urllib.parse

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00384", methods=["GET", "POST"])
def benchmark_test_00384():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return render_template_string("<p>{{ name }}</p>", name=bar)
