# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=headernames shape=elementtree_fromstring expected=false
import xml.etree.ElementTree as ET

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00304", methods=["GET", "POST"])
def benchmark_test_00304():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    root = ET.fromstring(bar)
    result = root.findtext("name")
    return jsonify(result=str(result))
