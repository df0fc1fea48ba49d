# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getdata shape=restricted_globals sink=specific expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00365", methods=["POST"])
def benchmark_test_00365():
    param = request.get_data(as_text=True)
    bar = param
    result = eval(bar, {"__builtins__": {}}, {})  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
