# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=pathparam shape=markup_format sink=specific expected=false
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/00408/<test_id>", methods=["GET", "POST"])
def benchmark_test_00408(test_id):
    param = test_id
    bar = param
    return Markup("<p>Hello {}</p>").format(bar)
