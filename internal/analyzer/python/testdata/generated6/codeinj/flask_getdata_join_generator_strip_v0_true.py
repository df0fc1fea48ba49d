# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getdata shape=join_generator_strip sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00206", methods=["POST"])
def benchmark_test_00206():
    param = request.get_data(as_text=True)
    bar = "-".join(p.strip() for p in param.split(","))
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
