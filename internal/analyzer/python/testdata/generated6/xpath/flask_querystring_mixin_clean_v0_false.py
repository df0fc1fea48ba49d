# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=flask source=querystring shape=mixin_clean sink=v0 expected=false
import re
import urllib.parse

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class CleanMixin:
    def clean(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class CleanHandler(CleanMixin):
    def handle(self, value):
        return self.clean(value)


class LeakyHandler(CleanMixin):
    def handle(self, value):
        self.clean(value)
        return value


@app.route("/00019", methods=["GET", "POST"])
def benchmark_test_00019():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = CleanHandler().handle(param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return jsonify(result=str(result))
