# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=body shape=dict_unpack_overridden sink=v1 expected=false
import json
import ldap3

from django.http import JsonResponse
from django.urls import path

DEFAULTS = {"term": "all"}
LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00218(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    opts = {"term": param, **DEFAULTS}
    bar = opts["term"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00218/", benchmark_test_00218),
]
