# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=header propagation=join_builder_replaced sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


@app.route("/00214", methods=["GET", "POST"])
def benchmark_test_00214():
    param = request.headers.get("Referer", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return "<p>Formatted like: " + bar + "</p>"
