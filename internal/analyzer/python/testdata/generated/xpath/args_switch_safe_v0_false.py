# generated case: rule=PY-XPATH-INJECTION source=args propagation=switch_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


@app.route("/xpath")
def handle_xpath():
    param = request.args.get("p", "")
    guess = "ABC"
    target = guess[1]
    if target == "A":
        bar = param
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
