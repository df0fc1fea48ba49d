# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=formlist shape=markup_join_escapes sink=specific expected=false
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/00374", methods=["POST"])
def benchmark_test_00374():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    return Markup("<br>").join(bar.split(","))
