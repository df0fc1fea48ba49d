# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=header shape=allowlist_or_raw sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


@app.route("/00181", methods=["GET", "POST"])
def benchmark_test_00181():
    param = request.headers.get("Referer", "")
    bar = CHOICES.get(param) or param
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
