# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=formlist shape=template_substitute_unused sink=v1 expected=false
import ldap3
import string

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00134", methods=["POST"])
def benchmark_test_00134():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = string.Template("$term").substitute(term="all", extra=param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
