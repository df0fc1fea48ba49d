# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=headernames propagation=split_first (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00479", methods=["GET", "POST"])
def benchmark_test_00479():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
