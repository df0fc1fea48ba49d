# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=values shape=jinja_template_var sink=specific expected=false
import jinja2

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00441", methods=["GET", "POST"])
def benchmark_test_00441():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    result = jinja2.Template("Hello {{ name }}").render(name=bar)
    return jsonify(result=str(result))
