# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=closure_builder expected=true
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_closure_builder", methods=["GET", "POST"])
def case_closure_builder():
    param = (request.get_json(silent=True) or {}).get("q", "")
    def make_query(field):
        def inner():
            return "//user[%s='%s']" % (field, param)
        return inner

    nodes = DOC.xpath(make_query("name")())  # want: PY-XPATH-INJECTION
    return jsonify(result=str(len(nodes)))
