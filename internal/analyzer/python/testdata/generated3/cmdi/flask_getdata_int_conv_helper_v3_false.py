# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=getdata propagation=int_conv (helper class) sink=v3 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00099", methods=["POST"])
def benchmark_test_00099():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()
    return jsonify(result=str(result))
