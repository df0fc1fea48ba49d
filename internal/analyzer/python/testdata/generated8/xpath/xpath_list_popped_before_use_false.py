# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=list_popped_before_use expected=false
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_list_popped_before_use", methods=["GET", "POST"])
def case_list_popped_before_use():
    param = request.args.get("q", "")
    fields = ["name", param]
    fields.pop()
    nodes = DOC.xpath("//user/" + fields[-1] + "/text()")
    return jsonify(result=str(nodes))
