# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=querystring shape=markup_concat_escapes sink=specific expected=false
import urllib.parse

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/00373", methods=["GET", "POST"])
def benchmark_test_00373():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return Markup("<p>") + bar + Markup("</p>")
