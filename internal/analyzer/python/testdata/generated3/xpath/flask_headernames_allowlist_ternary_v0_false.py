# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=headernames propagation=allowlist_ternary sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00425", methods=["GET", "POST"])
def benchmark_test_00425():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param if param in ("alpha", "beta") else "alpha"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
