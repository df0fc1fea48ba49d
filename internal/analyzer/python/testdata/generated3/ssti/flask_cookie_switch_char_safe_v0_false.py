# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=cookie propagation=switch_char_safe sink=v0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00288", methods=["GET", "POST"])
def benchmark_test_00288():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
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
    return render_template_string("<p>Hello " + bar + "</p>")
