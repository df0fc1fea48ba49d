# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=pathparam shape=closure_const sink=v0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00215/<test_id>", methods=["GET", "POST"])
def benchmark_test_00215(test_id):
    param = test_id
    def pick(value):
        return "safe" if value else "none"

    bar = pick(param)
    return render_template_string("<p>Hello " + bar + "</p>")
