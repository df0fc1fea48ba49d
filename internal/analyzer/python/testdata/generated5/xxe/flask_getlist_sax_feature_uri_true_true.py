# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=getlist shape=sax_feature_uri_true expected=true
import io
import xml.sax

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00294", methods=["GET", "POST"])
def benchmark_test_00294():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.BytesIO(bar.encode("utf-8")))  # want: PY-XXE
    result = True
    return jsonify(result=str(result))
