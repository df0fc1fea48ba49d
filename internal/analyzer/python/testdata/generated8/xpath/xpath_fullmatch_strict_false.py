# generated case (gen8): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=fullmatch_strict expected=false
from lxml import etree
import re
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_fullmatch_strict", methods=["GET", "POST"])
def case_fullmatch_strict():
    param = request.cookies.get("q", "")
    if re.fullmatch(r"[A-Za-z0-9_]{1,32}", param) is None:
        return jsonify(result=str("invalid"))
    nodes = DOC.xpath("//user[name='" + param + "']")
    return jsonify(result=str(len(nodes)))
