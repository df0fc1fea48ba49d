# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=getlist shape=html_const_list_choice sink=specific expected=false
from flask import Flask, request

app = Flask(__name__)


@app.route("/00431", methods=["GET", "POST"])
def benchmark_test_00431():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    color = bar if bar in ("red", "green") else "black"
    return "<p style=\"color:" + color + "\">hi</p>"
