# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=headernames shape=xpath_const_choice sink=specific expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00499", methods=["GET", "POST"])
def benchmark_test_00499():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    field = bar if bar in ("name", "title") else "name"
    nodes = EMPLOYEES.xpath("//Employee/" + field)
    result = len(nodes)
    return jsonify(result=str(result))
