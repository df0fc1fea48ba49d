# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=header propagation=match_const_safe (helper class) sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00235", methods=["GET", "POST"])
def benchmark_test_00235():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
