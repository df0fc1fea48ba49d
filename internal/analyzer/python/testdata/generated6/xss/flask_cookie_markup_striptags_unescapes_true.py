# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=cookie shape=markup_striptags_unescapes sink=specific expected=true
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/00372", methods=["GET", "POST"])
def benchmark_test_00372():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return "<p>" + Markup(bar).striptags() + "</p>"  # want: PY-XSS
