# generated case: rule=PY-XPATH-INJECTION source=cookies propagation=allowlist_logonly sink=v0 expected=true
import logging

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/xpath")
def handle_xpath():
    param = request.cookies.get("p", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
