# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=headernames shape=allowlist_dict_field expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")
FIELDS = {"n": "name", "t": "title", "s": "salary"}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00330", methods=["GET", "POST"])
def benchmark_test_00330():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    field = FIELDS.get(bar, "name")
    nodes = EMPLOYEES.xpath("//Employee/" + field + "/text()")
    result = len(nodes)
    return jsonify(result=str(result))
