# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=flask source=todict shape=property_raw sink=v0 expected=true
import re

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def safe(self):
        return re.sub(r"[^A-Za-z0-9]", "", self._raw)


@app.route("/00033", methods=["GET", "POST"])
def benchmark_test_00033():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Wrapper(param).raw
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
