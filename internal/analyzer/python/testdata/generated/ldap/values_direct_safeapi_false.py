# generated case: rule=PY-LDAP-INJECTION source=values propagation=direct sink=safe-api expected=false
import ldap

from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)


@app.route("/ldap")
def handle_ldap():
    param = request.values.get("p", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(bar) + ")")
    result = len(entries)
    return jsonify(result=result)
