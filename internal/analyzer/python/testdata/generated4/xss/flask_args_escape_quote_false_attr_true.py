# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=args shape=escape_quote_false_attr sink=specific expected=true
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00414", methods=["GET", "POST"])
def benchmark_test_00414():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    return '<a title="' + html.escape(bar, quote=False) + '">profile</a>'  # want: PY-XSS
