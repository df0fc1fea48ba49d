# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=pathparam propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00237/<test_id>", methods=["GET", "POST"])
def benchmark_test_00237(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
