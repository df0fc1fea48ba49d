# generated case: rule=PY-XPATH-INJECTION source=args propagation=attr_other sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


class Box:
    pass


@app.route("/xpath")
def handle_xpath():
    param = request.args.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
