# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=form shape=ldap3_escape_kw expected=false
import ldap3

from flask import Flask, jsonify, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00358", methods=["POST"])
def benchmark_test_00358():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter="(uid=%s)" % escape_filter_chars(bar))
    result = len(conn.entries)
    return jsonify(result=str(result))
