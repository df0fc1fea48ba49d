# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=formlist shape=escape_format sink=specific expected=false
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/00385", methods=["POST"])
def benchmark_test_00385():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    return "<p>{}</p>".format(escape(bar))
