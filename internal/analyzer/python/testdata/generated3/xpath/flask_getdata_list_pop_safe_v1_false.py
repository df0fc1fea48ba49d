# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=flask source=getdata propagation=list_pop_safe sink=v1 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00458", methods=["POST"])
def benchmark_test_00458():
    param = request.get_data(as_text=True)
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return jsonify(result=str(result))
