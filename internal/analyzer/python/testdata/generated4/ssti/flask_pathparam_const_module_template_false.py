# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=pathparam shape=const_module_template sink=specific expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)
GREETING = "<p>Hello {{ name }}</p>"


@app.route("/00437/<test_id>", methods=["GET", "POST"])
def benchmark_test_00437(test_id):
    param = test_id
    bar = param
    return render_template_string(GREETING, name=bar)
