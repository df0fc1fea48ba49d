# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=form shape=classmethod_keep sink=v0 expected=true
import re

from flask import Flask, request

app = Flask(__name__)


class Sanitizer:
    @staticmethod
    def clean(value):
        return re.sub(r"[^A-Za-z0-9]", "", value)

    @classmethod
    def keep(cls, value):
        return value


@app.route("/00046", methods=["POST"])
def benchmark_test_00046():
    param = request.form.get("BenchmarkTest", "")
    bar = Sanitizer.keep(param)
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
