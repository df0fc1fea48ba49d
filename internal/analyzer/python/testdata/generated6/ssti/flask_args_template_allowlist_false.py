# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=args shape=template_allowlist sink=specific expected=false
import jinja2

from flask import Flask, jsonify, request

app = Flask(__name__)
TEMPLATES = {"default": "<p>Hello {{ name }}</p>", "short": "Hi {{ name }}"}


@app.route("/00400", methods=["GET", "POST"])
def benchmark_test_00400():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    result = jinja2.Template(TEMPLATES.get(bar, TEMPLATES["default"])).render(name="guest")
    return jsonify(result=str(result))
