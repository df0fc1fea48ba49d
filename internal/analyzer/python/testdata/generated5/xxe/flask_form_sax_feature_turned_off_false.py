# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=form shape=sax_feature_turned_off expected=false
import io
import xml.sax

from flask import Flask, jsonify, request
from xml.sax.handler import feature_external_ges

app = Flask(__name__)


@app.route("/00295", methods=["POST"])
def benchmark_test_00295():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.BytesIO(bar.encode("utf-8")))
    result = True
    return jsonify(result=str(result))
