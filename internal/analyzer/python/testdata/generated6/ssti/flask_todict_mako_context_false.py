# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=todict shape=mako_context sink=specific expected=false
from flask import Flask, jsonify, request
from mako.template import Template as MakoTemplate

app = Flask(__name__)


@app.route("/00397", methods=["GET", "POST"])
def benchmark_test_00397():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    result = MakoTemplate("<p>${name | h}</p>").render(name=bar)
    return jsonify(result=str(result))
