# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getdata propagation=list_pop_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00174", methods=["POST"])
def benchmark_test_00174():
    param = request.get_data(as_text=True)
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
