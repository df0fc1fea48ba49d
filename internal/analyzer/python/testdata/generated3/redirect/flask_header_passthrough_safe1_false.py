# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header propagation=passthrough (helper class) sink=safe1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00356", methods=["GET", "POST"])
def benchmark_test_00356():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    if bar not in ("/home", "/profile"):
        bar = "/home"
    return redirect(bar)
