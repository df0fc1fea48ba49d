# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=getdata shape=walrus_comp_strip sink=v2 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00127", methods=["POST"])
def benchmark_test_00127():
    param = request.get_data(as_text=True)
    found = [y for x in [param] if (y := x.strip())]
    bar = found[0] if found else "none"
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return jsonify(result=str(result))
