# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=flask source=formlist shape=expr_var_join expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


@app.route("/00313", methods=["POST"])
def benchmark_test_00313():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    expr = "".join(["//Employee[@id='", bar, "']"])
    nodes = EMPLOYEES.xpath(expr)  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=str(result))
