# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=form propagation=list_del_safe sink=v1 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00498", methods=["POST"])
def benchmark_test_00498():
    param = request.form.get("BenchmarkTest", "")
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
