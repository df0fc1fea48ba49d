# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=pathparam propagation=match_const_safe (helper class) sink=v1 expected=false
from flask import Flask, redirect, request

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


@app.route("/00321/<test_id>", methods=["GET", "POST"])
def benchmark_test_00321(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    return redirect("/" + bar)
