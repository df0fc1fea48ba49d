# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=querystring shape=html_escape_not_enough sink=specific expected=true
import urllib.parse

from flask import Flask, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/00395", methods=["GET", "POST"])
def benchmark_test_00395():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return render_template_string("<p>" + str(escape(bar)) + "</p>")  # want: PY-SSTI
