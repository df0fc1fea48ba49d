# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=getdata propagation=join_builder_replaced sink=v1 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00096", methods=["POST"])
def benchmark_test_00096():
    param = request.get_data(as_text=True)
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
