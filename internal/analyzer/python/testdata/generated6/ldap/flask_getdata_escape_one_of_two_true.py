# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=flask source=getdata shape=escape_one_of_two sink=specific expected=true
import ldap

from flask import Flask, jsonify, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00442", methods=["POST"])
def benchmark_test_00442():
    param = request.get_data(as_text=True)
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    uid = escape_filter_chars(bar)
    mail = bar
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=%s)(mail=%s))" % (uid, mail))  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=str(result))
