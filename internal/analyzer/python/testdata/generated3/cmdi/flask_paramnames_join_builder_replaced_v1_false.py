# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=paramnames propagation=join_builder_replaced sink=v1 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00096", methods=["GET", "POST"])
def benchmark_test_00096():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
