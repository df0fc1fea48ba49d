# generated case (gen_cases4): category=xxe rule=PY-XXE fw=flask source=getdata shape=defused_minidom sink=specific expected=false
import defusedxml.minidom

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00485", methods=["POST"])
def benchmark_test_00485():
    param = request.get_data(as_text=True)
    bar = param
    doc = defusedxml.minidom.parseString(bar)
    result = doc.documentElement.tagName
    return jsonify(result=str(result))
