# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=headernames shape=resolve_true_no_network expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00267", methods=["GET", "POST"])
def benchmark_test_00267():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    parser = etree.XMLParser(resolve_entities=True, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return jsonify(result=str(result))
