# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=todict shape=sax_parsestring_default expected=true
import xml.sax

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00299", methods=["GET", "POST"])
def benchmark_test_00299():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    handler = xml.sax.ContentHandler()
    xml.sax.parseString(bar.encode("utf-8"), handler)  # want: PY-XXE
    result = True
    return jsonify(result=str(result))
