# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=formlist shape=markup_fstring sink=specific expected=true
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/00409", methods=["POST"])
def benchmark_test_00409():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    return Markup(f"<p>Hello {bar}</p>")  # want: PY-XSS
