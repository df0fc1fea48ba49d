# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=getlist propagation=switch_char_safe sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00222", methods=["GET", "POST"])
def benchmark_test_00222():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    return make_response("<div>%s</div>" % bar)
