# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=getdata propagation=direct sink=safe0 expected=false
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00228", methods=["POST"])
def benchmark_test_00228():
    param = request.get_data(as_text=True)
    bar = param
    return "<p>Formatted like: " + html.escape(bar) + "</p>"
