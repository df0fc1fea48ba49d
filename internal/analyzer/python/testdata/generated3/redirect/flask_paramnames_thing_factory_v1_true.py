# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=paramnames propagation=thing_factory sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00330", methods=["GET", "POST"])
def benchmark_test_00330():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    thing = make_thing()
    bar = thing.do_something(param)
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
