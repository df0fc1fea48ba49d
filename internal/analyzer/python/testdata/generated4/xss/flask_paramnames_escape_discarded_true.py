# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=paramnames shape=escape_discarded sink=specific expected=true
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00411", methods=["GET", "POST"])
def benchmark_test_00411():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    html.escape(bar)
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
