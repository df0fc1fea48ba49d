# generated case (gen8): category=xxe rule=PY-XXE fw=flask shape=sax_external_ges_true expected=true
import io
import xml.sax
from xml.sax.handler import feature_external_ges
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xxe_sax_external_ges_true", methods=["GET", "POST"])
def case_sax_external_ges_true():
    param = (request.get_json(silent=True) or {}).get("q", "")
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.StringIO(param))  # want: PY-XXE
    return jsonify(result=str("parsed"))
