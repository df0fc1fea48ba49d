# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=paramnames shape=sax_external_ges sink=specific expected=true
import io
import xml.sax

from flask import Flask, jsonify, request
from xml.sax.handler import feature_external_ges

app = Flask(__name__)


@app.route("/00483", methods=["GET", "POST"])
def benchmark_test_00483():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = xml.sax.ContentHandler()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(bar.encode("utf-8")))  # want: PY-XXE
    result = True
    return jsonify(result=str(result))
