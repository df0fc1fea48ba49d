# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=body shape=const_filter_attr_value sink=specific expected=false
import json
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00510(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=admin)", ["cn", "mail"])
    result = len(entries) + len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00510/", benchmark_test_00510),
]
