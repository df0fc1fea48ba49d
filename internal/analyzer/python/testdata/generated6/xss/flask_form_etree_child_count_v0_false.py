# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=form shape=etree_child_count sink=v0 expected=false
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)


@app.route("/00235", methods=["POST"])
def benchmark_test_00235():
    param = request.form.get("BenchmarkTest", "")
    bar = str(len(ElementTree.fromstring(param)))
    return "<p>Formatted like: " + bar + "</p>"
