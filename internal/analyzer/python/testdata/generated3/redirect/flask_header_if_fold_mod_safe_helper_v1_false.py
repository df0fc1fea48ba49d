# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header propagation=if_fold_mod_safe (helper class) sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.route("/00323", methods=["GET", "POST"])
def benchmark_test_00323():
    param = request.headers.get("Referer", "")
    bar = Test().do_something(request, param)
    return redirect("/" + bar)
