# generated case: rule=PY-XPATH-INJECTION source=args propagation=int_check_then_raw sink=v0 expected=false
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath")
def handle_xpath():
    param = request.args.get("p", "")
    try:
        int(param)
    except ValueError:
        abort(400)
    bar = param
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
