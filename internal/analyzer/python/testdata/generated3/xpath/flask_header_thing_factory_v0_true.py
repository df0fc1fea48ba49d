# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=header propagation=thing_factory sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00456", methods=["GET", "POST"])
def benchmark_test_00456():
    param = request.headers.get("Referer", "")
    thing = make_thing()
    bar = thing.do_something(param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
