# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=format_map_query expected=true
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_format_map_query", methods=["GET", "POST"])
def case_format_map_query():
    param = request.form.get("q", "")
    query = "//user[name='{n}']/role/text()".format_map({"n": param})
    roles = DOC.xpath(query)  # want: PY-XPATH-INJECTION
    return jsonify(result=str(roles))
