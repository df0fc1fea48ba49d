# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=pathparam propagation=direct sink=safe0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00306/<test_id>", methods=["GET", "POST"])
def benchmark_test_00306(test_id):
    param = test_id
    bar = param
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
