# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=headernames propagation=direct sink=safe0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00463", methods=["GET", "POST"])
def benchmark_test_00463():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return jsonify(result=str(result))
