# generated case: rule=PY-XPATH-INJECTION source=routeparam propagation=helper_const sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


def do_something(value):
    return "safe!"


@app.route("/xpath/<p>")
def handle_xpath(p):
    param = p
    bar = do_something(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
