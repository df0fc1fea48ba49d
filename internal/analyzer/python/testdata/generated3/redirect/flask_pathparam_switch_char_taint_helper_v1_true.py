# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=pathparam propagation=switch_char_taint (helper class) sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.route("/00335/<test_id>", methods=["GET", "POST"])
def benchmark_test_00335(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
