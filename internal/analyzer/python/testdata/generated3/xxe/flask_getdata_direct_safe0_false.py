# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=getdata propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00424", methods=["POST"])
def benchmark_test_00424():
    param = request.get_data(as_text=True)
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return jsonify(result=str(result))
