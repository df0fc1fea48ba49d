# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getdata propagation=direct sink=safe0 expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00155", methods=["POST"])
def benchmark_test_00155():
    param = request.get_data(as_text=True)
    bar = param
    result = ast.literal_eval(bar)
    return jsonify(result=str(result))
