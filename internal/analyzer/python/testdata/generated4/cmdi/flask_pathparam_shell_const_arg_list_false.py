# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=pathparam shape=shell_const_arg_list sink=specific expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00357/<test_id>", methods=["GET", "POST"])
def benchmark_test_00357(test_id):
    param = test_id
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
