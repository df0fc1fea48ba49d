# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=cookie propagation=thing_factory sink=v1 expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00462", methods=["GET", "POST"])
def benchmark_test_00462():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    thing = make_thing()
    bar = thing.do_something(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=str(result))
