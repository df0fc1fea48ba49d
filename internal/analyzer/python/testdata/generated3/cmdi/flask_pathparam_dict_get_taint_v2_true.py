# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=pathparam propagation=dict_get_taint sink=v2 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00089/<test_id>", methods=["GET", "POST"])
def benchmark_test_00089(test_id):
    param = test_id
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return jsonify(result=str(result))
