# generated case: rule=PY-LDAP-INJECTION source=headers propagation=b64roundtrip sink=v0 expected=true
import base64
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = request.headers.get("X-P", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
