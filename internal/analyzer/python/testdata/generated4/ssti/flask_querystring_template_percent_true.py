# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=querystring shape=template_percent sink=specific expected=true
import urllib.parse

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00436", methods=["GET", "POST"])
def benchmark_test_00436():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    source = "<p>Hello %s</p>" % bar
    return render_template_string(source)  # want: PY-SSTI
