# generated case: rule=PY-LDAP-INJECTION source=form propagation=attr_other sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


class Box:
    pass


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.form["p"]
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
