# py-xxe: a SAX parser's entity features as the code leaves them before parsing
import io
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

from flask import Flask, request

app = Flask(__name__)


@app.route("/off-again", methods=["POST"])
def turned_off_again():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_ges, False)
    parser.parse(io.BytesIO(request.data))  # safe: PY-XXE
    return "ok"


@app.route("/pes-left-on", methods=["POST"])
def parameter_entities_left_on():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_pes, True)
    parser.setFeature(feature_external_ges, False)
    parser.parse(io.BytesIO(request.data))  # want: PY-XXE
    return "ok"


@app.route("/on", methods=["POST"])
def turned_on():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.parse(io.BytesIO(request.data))  # want: PY-XXE
    return "ok"
