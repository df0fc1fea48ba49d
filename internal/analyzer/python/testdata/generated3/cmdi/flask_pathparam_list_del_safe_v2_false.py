# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=pathparam propagation=list_del_safe sink=v2 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00093/<test_id>", methods=["GET", "POST"])
def benchmark_test_00093(test_id):
    param = test_id
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
