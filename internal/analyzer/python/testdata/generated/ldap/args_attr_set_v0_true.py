# generated case: rule=PY-LDAP-INJECTION source=args propagation=attr_set sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


class Box:
    pass


@app.route("/ldap")
def handle_ldap():
    param = request.args.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
